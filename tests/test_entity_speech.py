"""Speech around a name that the tagger reads as part of a person's name."""

from __future__ import annotations

from typing import Any

from documents import entities_of


def _names(nlp: Any, text: str) -> list[str]:
    entities, _ = entities_of(nlp, text)
    return [e.name for e in entities if e.type == "PERSON"]


def test_a_speech_verb_inverted_before_its_speaker_is_not_part_of_the_name(nlp: Any) -> None:
    text = 'The council voted on the budget on Tuesday.\nSaid Brenner: "We will not back down."'
    assert _names(nlp, text) == ["Brenner"]


def test_the_speaker_after_an_inverted_verb_joins_the_person_named_before(nlp: Any) -> None:
    text = 'Marta Velo runs the shop. Said Velo: "Prices keep rising."'
    assert "Said Velo" not in _names(nlp, text)


def test_a_given_name_spelled_like_a_speech_verb_is_kept(nlp: Any) -> None:
    text = "Envoys met Said Jalili in Vienna. Said Jalili, the chief negotiator, left on Monday."
    assert _names(nlp, text) == ["Said Jalili"]


def test_a_word_alone_as_a_question_is_no_person(nlp: Any) -> None:
    text = "Some critics call the plan cruel. Harsh? Perhaps. The mayor says it will save money."
    assert _names(nlp, text) == []
