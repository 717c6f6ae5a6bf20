"""A question put to the subject ("was asked whether ...") is no quote of the subject's."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import containing, quotes_of

INTRO = "Tove Arkwright runs the ferry service in Lindmouth.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Arkwright was asked whether fares would rise again in the spring.",
        "Asked whether fares would rise again in the spring, Arkwright said the board had not decided.",
        "When asked whether fares would rise again in the spring, Arkwright said the board had not decided.",
    ],
)
def test_question_put_to_the_subject_is_no_quote(nlp: Any, sentence: str) -> None:
    quotes, _ = quotes_of(nlp, INTRO + sentence)
    assert not [q for q in quotes if "fares would rise" in q.text]


def test_answer_after_the_question_is_still_a_quote(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, INTRO + "Asked whether fares would rise, Arkwright said the board had not decided.")
    answer = containing(quotes, "the board had not decided")
    assert answer.cue == "say" and answer.speaker_name is not None and "Arkwright" in answer.speaker_name


def test_asking_subject_still_reports(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, INTRO + "Arkwright asked whether the province would pay for a second boat.")
    assert containing(quotes, "province would pay").cue == "ask"


def test_when_asked_read_as_a_finite_verb_is_still_a_question(nlp: Any) -> None:
    text = (
        "The regatta was cancelled on Thursday.\n\n"
        "When asked whether the rowers would race again, the club president said most of them had already signed up."
    )
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if "rowers would race" in q.text]
    assert containing(quotes, "already signed up").cue == "say"
