"""Reported beliefs, hopes and judgements: cues that are not verbs of speech."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import containing, quotes_of


def test_regular_forms_of_hope_are_cues(nlp: Any) -> None:
    # The lemmatizer reads "hopes" and "hoped" as forms of "hop".
    text = (
        "Governor Alma Reyes hopes her latest endorsement will lift her campaign. "
        "Her aides had hoped to win the county."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "her latest endorsement will lift")
    assert quote.speaker is not None and names[quote.speaker] == "Alma Reyes"
    assert containing(quotes, "to win the county")


# A text, words of one of its quotes, and how that quote starts and ends ("": any way).
EDGES = [
    # Seeing an object as something is a judgement.
    (
        "Some outside analysts see the mayor's push for a new stadium as a bluff.",
        "push for a new stadium as a bluff",
        "the mayor",
        "",
    ),
    # A passive judgement takes its subject.
    (
        "The hiring of a new manager was widely seen as a demotion for the chairman.",
        "as a demotion for the chairman",
        "The hiring",
        "",
    ),
    # Calling for a clause takes the clause.
    (
        "Councillor Reyes is calling for the state to expand its rail network.",
        "to expand its rail network",
        "the state",
        "",
    ),
    # Calling on someone to act takes the infinitive.
    ("She called on lawmakers to pass the housing bill.", "lawmakers", "", "to pass the housing bill"),
]


@pytest.mark.parametrize(("text", "words", "starts", "ends"), EDGES)
def test_the_quote_holding_words_starts_and_ends_so(nlp: Any, text: str, words: str, starts: str, ends: str) -> None:
    quote = containing(quotes_of(nlp, text)[0], words)
    assert quote.text.startswith(starts) and quote.text.endswith(ends), quote.text


# A text and the quote that holds some words: the whole of that quote.
WHOLE = [
    # An idiom of criticism takes the object of its preposition.
    ("The mayor also takes aim at the council's budget plan.", "budget plan", "the council's budget plan"),
    # An expected noun is the belief.
    ("Even the bank's analysts do not expect a deal before the spring.", "a deal", "a deal"),
]


@pytest.mark.parametrize(("text", "words", "whole"), WHOLE)
def test_the_quote_holding_words_is_all_of(nlp: Any, text: str, words: str, whole: str) -> None:
    assert containing(quotes_of(nlp, text)[0], words).text == whole


@pytest.mark.parametrize(
    "text",
    [
        "We saw a red car near the station on Monday.",  # seeing without an "as" phrase
        "The hunter took aim with an old rifle.",  # taking aim with a weapon
        "It is certain that the rates will rise.",  # impersonal certainty
    ],
)
def test_reports_nothing(nlp: Any, text: str) -> None:
    assert not quotes_of(nlp, text)[0]


def test_belief_inserted_after_its_clause(nlp: Any) -> None:
    text = "The talks will resume next week, officials believe."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "The talks will resume next week")


def test_hopeful_that_reports_the_holders_belief(nlp: Any) -> None:
    text = "Her aides were hopeful on Tuesday that the vote would pass."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "the vote would pass")


def test_passive_judgement_with_the_as_phrase_on_its_agent(nlp: Any) -> None:
    text = "The deal is widely seen by analysts as a win for the union."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "win for the union")
    assert quote.text.startswith("The deal")
    assert quote.speaker_name == "analysts"
