"""Content before its cue counts as reported only when set off from the cue clause."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import quotes_of


def test_a_comparative_clause_cue_reports_nothing(nlp: Any) -> None:
    text = (
        "The hike, which will add about $90 a year to a typical water bill, "
        "is lower than the 6.5 per cent staff had first proposed."
    )
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if "lower than" in q.text], [q.text for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will sail again in June, the operator said.",
        "The ferry will sail again in June -- the operator said on Monday.",
    ],
)
def test_set_off_fronted_content_is_reported(nlp: Any, text: str) -> None:
    quotes, _ = quotes_of(nlp, text)
    assert [q for q in quotes if "sail again in June" in q.text], [q.text for q in quotes]


def test_a_relative_clause_naming_its_source_is_kept(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, "The paper printed a report that the ministry has denied.")
    assert [q for q in quotes if "a report" in q.text], [q.text for q in quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The union rejected what the mayor called a fair offer.", "The union rejected"),
        ("That was what Ann Reid said when she left the board.", "That was"),
    ],
)
def test_a_free_relative_cue_does_not_report_the_clause_before_it(nlp: Any, text: str, words: str) -> None:
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text == words], [q.text for q in quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ferry fares rise again; a small group of owners pushes prices past the record.", "Ferry fares rise again"),
        ("We have seen this before: the rebels declared war on the capital in the spring.", "We have seen this before"),
    ],
)
def test_a_cue_with_an_object_of_its_own_does_not_report_the_clause_before_it(nlp: Any, text: str, words: str) -> None:
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text == words], [q.text for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Sales will slow next year, the company warned investors.",
        "Sales will slow next year, said Ann Reid, the finance director.",
        "Sales will slow next year, the director told reporters on Friday.",
    ],
)
def test_a_hearer_or_an_inverted_speaker_is_no_object_of_the_cue(nlp: Any, text: str) -> None:
    quotes, _ = quotes_of(nlp, text)
    assert [q for q in quotes if q.text == "Sales will slow next year"], [q.text for q in quotes]
