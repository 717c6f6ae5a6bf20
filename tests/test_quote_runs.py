"""Quotations that run over several paragraphs, and the paragraphs that start a new one."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import quote_fields
from storyline.extract.quote_marks import find_marked

_OPENING = (
    "The harbour board met on Friday.\n"
    "\u201cIt is a warning to every family here,\u201d Rep. Dana Orlov said Friday. "
    "\u201cIf the port closes, then the town has no work, and how can a young family stay.\n"
)
_YOUNG = "\u201cThe young leave first, and the old stay behind with the boats and their debts.\u201d\n"
_BRANDT = (
    "\u201cI have thought for a long time about where this town is going,\u201d added Rep. Milo Brandt, "
    "the head of the fishing caucus. \u201cThe boats are old. The buyers are gone.\u201d\n"
)


@pytest.mark.parametrize(
    ("then", "words", "speaker"),
    [
        # An unclosed paragraph runs on into the next marked paragraph.
        (_YOUNG, "The young leave first", "Dana Orlov"),
        # A marked paragraph cued to another speaker starts a new quote.
        (_BRANDT, "how can a young family", "Dana Orlov"),
        (_BRANDT, "I have thought", "Milo Brandt"),
        (_BRANDT, "The boats are old", "Milo Brandt"),
    ],
)
def test_the_speaker_of_a_paragraph_after_an_unclosed_one(nlp: Any, then: str, words: str, speaker: str) -> None:
    assert quote_fields(nlp, _OPENING + then, words)["speaker"] == speaker


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


def test_a_quotation_opened_on_each_paragraph_is_one_quote_over_them(nlp: Any) -> None:
    text = (
        "The harbour board met on Friday.\n\n"
        "The mayor wrote to the board:\n\n"
        '"The port has lost half of its ships since the spring, and the yards stand empty.\n\n'
        '"Without new trade the town will lose its young families within a few years."\n\n'
        "The board will vote next week."
    )
    quote = quote_fields(nlp, text, "The port has lost")
    assert quote["text"] == text[text.index('"The port') : text.index('years."') + len('years."')]
