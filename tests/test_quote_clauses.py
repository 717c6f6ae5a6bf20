"""Reported clauses the parser hangs elsewhere are still what the cue reports."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import quotes_of

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


def test_that_clause_after_the_hearers_of_to(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, INTRO + "Orr yelled to the officers that her husband was unarmed.")
    quote = next(q for q in quotes if q.text == "that her husband was unarmed")
    assert quote.cue == "yell" and quote.speaker is not None and names[quote.speaker] == "Dana Orr"


def test_relative_clause_of_the_hearers_is_no_content(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, INTRO + "Orr spoke to the officers that her husband had hired.")
    assert quotes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Orr was quoted as saying the bridge would close.",
        "Orr can be heard shouting to the crowd that the bridge was closed.",
    ],
)
def test_passive_of_quoting_or_hearing_names_the_speaker(nlp: Any, sentence: str) -> None:
    quotes, names = quotes_of(nlp, INTRO + sentence)
    quote = next(q for q in quotes if "the bridge" in q.text)
    assert quote.speaker is not None and names[quote.speaker] == "Dana Orr"
