"""Reported clauses the parser hangs elsewhere are still what the cue reports."""

from __future__ import annotations

from typing import Any

import pytest

from test_quotes import quotes_of

INTRO = "Dana Orr runs the water council in Brackley.\n\n"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Orr said after the meeting she would not accept the mayor's offer if it were made.",
            "she would not accept the mayor's offer if it were made",
        ),
        ("Lawmakers have not said when they would take up the bill.", "when they would take up the bill"),
        ("Orr declined to say whether the plant would close.", "whether the plant would close"),
        (
            "The mayor continues to insist, most recently in an interview with a local radio station, "
            "that he wants to release the report.",
            "that he wants to release the report",
        ),
    ],
)
def test_misread_clause_is_the_content(nlp: Any, sentence: str, content: str) -> None:
    quotes, _ = quotes_of(nlp, INTRO + sentence)
    assert content in [q.text for q in quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters who declined to state a party when they registered may vote.",
        "Orr spoke slowly so that everyone understood the plan.",
        "Orr said goodbye before she left the hall.",
    ],
)
def test_clauses_of_time_or_purpose_are_not_content(nlp: Any, sentence: str) -> None:
    quotes, _ = quotes_of(nlp, INTRO + sentence)
    assert quotes == ()
