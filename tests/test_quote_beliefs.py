"""Reported beliefs, hopes and judgements: cues that are not verbs of speech."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of


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


def test_seeing_an_object_as_something_is_a_judgement(nlp: Any) -> None:
    text = "Some outside analysts see the mayor's push for a new stadium as a bluff."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "push for a new stadium as a bluff")
    assert quote.text.startswith("the mayor")


def test_passive_judgement_takes_its_subject(nlp: Any) -> None:
    text = "The hiring of a new manager was widely seen as a demotion for the chairman."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "as a demotion for the chairman").text.startswith("The hiring")


def test_seeing_without_an_as_phrase_reports_nothing(nlp: Any) -> None:
    text = "We saw a red car near the station on Monday."
    quotes, _ = quotes_of(nlp, text)
    assert not quotes


def test_calling_for_a_clause_takes_the_clause(nlp: Any) -> None:
    text = "Councillor Reyes is calling for the state to expand its rail network."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "to expand its rail network").text.startswith("the state")


def test_calling_on_someone_to_act_takes_the_infinitive(nlp: Any) -> None:
    text = "She called on lawmakers to pass the housing bill."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "lawmakers").text.endswith("to pass the housing bill")


def test_belief_inserted_after_its_clause(nlp: Any) -> None:
    text = "The talks will resume next week, officials believe."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "The talks will resume next week")


def test_idiom_of_criticism_takes_the_object_of_its_preposition(nlp: Any) -> None:
    text = "The mayor also takes aim at the council's budget plan."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "budget plan").text == "the council's budget plan"


def test_taking_aim_with_a_weapon_reports_nothing(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, "The hunter took aim with an old rifle.")
    assert not quotes


def test_expected_noun_is_the_belief(nlp: Any) -> None:
    text = "Even the bank's analysts do not expect a deal before the spring."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "a deal").text == "a deal"


def test_hopeful_that_reports_the_holders_belief(nlp: Any) -> None:
    text = "Her aides were hopeful on Tuesday that the vote would pass."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "the vote would pass")


def test_impersonal_certainty_reports_no_one(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, "It is certain that the rates will rise.")
    assert not quotes


def test_passive_judgement_with_the_as_phrase_on_its_agent(nlp: Any) -> None:
    text = "The deal is widely seen by analysts as a win for the union."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "win for the union")
    assert quote.text.startswith("The deal")
    assert quote.speaker_name == "analysts"
