"""Quotations that run over several paragraphs, and the paragraphs that start a new one."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of

_OPENING = (
    "The harbour board met on Friday.\n"
    "\u201cIt is a warning to every family here,\u201d Rep. Dana Orlov said Friday. "
    "\u201cIf the port closes, then the town has no work, and how can a young family stay.\n"
)


def test_an_unclosed_paragraph_runs_on_into_the_next_marked_paragraph(nlp: Any) -> None:
    text = _OPENING + "\u201cThe young leave first, and the old stay behind with the boats and their debts.\u201d\n"
    quotes, names = quotes_of(nlp, text)
    run = containing(quotes, "The young leave first")
    assert names.get(run.speaker or "") == "Dana Orlov"


def test_a_marked_paragraph_cued_to_another_speaker_starts_a_new_quote(nlp: Any) -> None:
    text = _OPENING + (
        "\u201cI have thought for a long time about where this town is going,\u201d added Rep. Milo Brandt, "
        "the head of the fishing caucus. \u201cThe boats are old. The buyers are gone.\u201d\n"
    )
    quotes, names = quotes_of(nlp, text)
    assert names.get(containing(quotes, "how can a young family").speaker or "") == "Dana Orlov"
    for words in ("I have thought", "The boats are old"):
        assert names.get(containing(quotes, words).speaker or "") == "Milo Brandt"
