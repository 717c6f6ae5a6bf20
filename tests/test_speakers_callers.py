"""Played messages whose speaker says who they are (a voicemail, a recorded question): the
message is that caller's, up to the answer that speaks to them by name. Written for the purpose."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

MAILBAG = """Welcome to Fix It Friday .
I'm Lorna Tate .
As always , I'm joined by our builder , Sam Ortiz .
Hi , Lorna .
Our first question is a voicemail .
Hi , this is Marguerite from Lowell .
My kitchen floor squeaks every time I walk to the sink .
I've tried powder in the cracks and it didn't help .
What should I do ?
Marguerite , squeaks like that usually come from a loose board underneath .
You can fix it from the basement with a couple of screws .
"""


def test_a_self_introduced_voicemail_is_the_callers_up_to_the_answer_that_names_them(nlp: Any) -> None:
    document, turns = _turns(nlp, MAILBAG)
    assert _voice(document, turns, "Hi , this is Marguerite")[0] == "Marguerite"
    assert _voice(document, turns, "My kitchen floor squeaks")[0] == "Marguerite"
    assert _voice(document, turns, "What should I do ?")[0] == "Marguerite"
    assert _voice(document, turns, "Marguerite , squeaks like that")[0] != "Marguerite"


def test_a_host_signing_in_with_a_greeting_is_no_caller(nlp: Any) -> None:
    text = "Hi , this is Lorna Tate .\nI'm Lorna Tate , and this is Fix It Friday .\nToday , gutters .\n"
    document, turns = _turns(nlp, text)
    assert _voice(document, turns, "Hi , this is Lorna Tate") == ("Lorna Tate", "host")


def test_a_greeting_that_no_sentence_announces_as_a_message_is_no_caller(nlp: Any) -> None:
    text = "Hey , it's Morgan .\nToday we look at gutters .\nI fixed mine last week and it took all day .\n"
    document, turns = _turns(nlp, text)
    assert _voice(document, turns, "Hey , it's Morgan")[1] != "clip"
