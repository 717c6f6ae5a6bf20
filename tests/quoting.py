"""Helpers for quote tests: the quotes found in a small text, and the one that holds some words."""

from __future__ import annotations

from typing import Any

from documents import text_document
from storyline.extract.entities import find_entities
from storyline.extract.quotes import find_quotes
from storyline.records import Quote


def quotes_of(nlp: Any, text: str) -> tuple[tuple[Quote, ...], dict[str, str]]:
    """The quotes of ``text`` and the names of the entities (by key) they may point to."""
    document = text_document(text, None)
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    names = {e.key: e.name for e in entities}
    return find_quotes(document, parsed, entities, mentions), names


def containing(quotes: tuple[Quote, ...], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote contains {words!r}: {[q.text for q in quotes]}"
    return found[0]


def quote_fields(nlp: Any, text: str, words: str) -> dict[str, str | None]:
    """What a test checks of the quote of ``text`` that contains ``words``: its text, kind and cue,
    its speaker (the name of the entity it points to, None without one), the speaker's name as
    written (``speaker_name``) and the words of the text that name the speaker (``speaker_words``)."""
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, words)
    start, end = quote.speaker_start, quote.speaker_end
    return {
        "text": quote.text,
        "kind": quote.kind,
        "cue": quote.cue,
        "speaker": None if quote.speaker is None else names[quote.speaker],
        "speaker_name": quote.speaker_name,
        "speaker_words": None if start is None else text[start:end],
    }


def assert_quote(nlp: Any, text: str, words: str, expected: dict[str, str | None]) -> None:
    """The quote of ``text`` that contains ``words`` has the values ``expected`` gives (by field of
    ``quote_fields``); fields it does not name are not checked."""
    fields = quote_fields(nlp, text, words)
    assert {k: fields[k] for k in expected} == expected, fields
