"""Quotations that run over several paragraphs, and the paragraphs that start a new one."""

from __future__ import annotations

from typing import Any

from storyline.extract.quote_marks import find_marked
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


def test_an_open_quotation_ends_with_its_line_when_narration_follows() -> None:
    text = (
        "The board met.\n"
        "\u201cIt is a warning,\u201d Dana Orlov said. \u201cIf the port closes, the town has no work.\n"
        "The board will vote next week. Nobody expects a surprise.\n"
        "\u201cWe are ready,\u201d said Milo Brandt."
    )
    spans = find_marked(text)
    assert [text[m.start : m.end] for m in spans] == [
        "\u201cIt is a warning,\u201d",
        "\u201cIf the port closes, the town has no work.",
        "\u201cWe are ready,\u201d",
    ]
    # The narration between them ends the run: the last quotation starts a chain of its own.
    assert spans[2].chain != spans[1].chain


def test_text_wrapped_at_a_fixed_width_keeps_a_quotation_over_its_line_breaks() -> None:
    text = (
        "The harbour board met on Friday and heard from the mayor, who spoke at\n"
        "length. \u201cIf the port closes, the town has no work left for anyone.\n"
        "And the young families will go first, with the old ones left behind to\n"
        "watch the boats rot in the harbour they built,\u201d she told the members.\n"
        "The board will vote on the plan next week, after a hearing in the hall."
    )
    spans = find_marked(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].endswith("they built,\u201d")
