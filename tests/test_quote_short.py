"""Reported contents under four words are objects of their cue (act "topic"), unless they are a clause."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import quotes_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council refused to confirm their address before the vote.", "their address"),
        ("Several parents wrote to the board, urging it to wait.", "it to wait"),
        ("The union rejected that offer on Tuesday.", "that offer"),
    ],
)
def test_a_short_object_is_no_speech(nlp: Any, text: str, words: str) -> None:
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text.strip() == words and q.is_speech], [(q.text, q.act) for q in quotes]


def test_a_short_clause_with_its_own_subject_is_speech(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, "The coach of the rowing club, who says she is thrilled, left early.")
    assert [q for q in quotes if "she is thrilled" in q.text and q.is_speech], [(q.text, q.act) for q in quotes]


def test_a_short_quotation_in_marks_is_speech(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, '"Not yet," the ferry captain said.')
    assert [q for q in quotes if "Not yet" in q.text and q.is_speech], [(q.text, q.act) for q in quotes]
