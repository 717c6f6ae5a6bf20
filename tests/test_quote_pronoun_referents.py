"""Referents of pronoun speakers: which earlier names a "she" or an "it" can stand for."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of


def _speaker(names: dict[str, str], quote: Any) -> str | None:
    return names.get(quote.speaker) if quote.speaker is not None else None


def test_a_pronoun_refers_to_a_source_named_inside_the_reported_words(nlp: Any) -> None:
    text = (
        "The film opens on Friday.\n\n"
        "Anna Berkow said she felt the law was worth a film because "
        "\u201cmost people do not know about that loophole,\u201d she said."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "loophole")
    assert quote.speaker_start is not None and text[quote.speaker_start : quote.speaker_end] == "she"
    assert _speaker(names, quote) == "Anna Berkow"
