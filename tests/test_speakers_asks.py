"""How the host puts a question and hands over the floor, on transcripts written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.units import Unit, guest_lean
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text)


def test_a_prompt_after_a_question_is_no_answer_to_it() -> None:
    prompt = _unit("Tell us about how long it takes to learn a tune by ear.")
    assert guest_lean(prompt, _unit("What is the science?")) == guest_lean(prompt, None)


TUNES = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, a musician who studies how players learn.
Ingrid, welcome to the show.
Thanks for having me.
You have studied players who learn by ear.
What is the science?
Tell us about how long it takes to learn a tune by ear.
It depends on the tune and on how often I play it.
A simple reel can stick after a few days of practice.
"""


def test_a_prompt_right_after_the_hosts_question_is_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, TUNES)
    assert _voice(document, turns, "What is the science?") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "Tell us about how long") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "It depends on the tune") == ("Ingrid Solberg", "guest")
