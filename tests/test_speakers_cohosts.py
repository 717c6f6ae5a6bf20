"""Two hosts who split a show: who holds the floor between them. Transcripts written for the
purpose, in ASR style (one sentence a line, punctuation spaced off)."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

TOLD = """Hello and welcome to Side Streets .
I'm Nora Lindgren .
And I'm Pavel Ostrow .
Pavel , you spent last weekend on a ferry .
I did , and I want to say it was for work .
I went to see a woman named Ilse Brandt , who has run the ferry for twenty years .
The boat is older than she is .
I start the engine at five every morning .
Nobody else knows how .
"""


def test_a_co_host_told_what_they_did_takes_the_floor(nlp: Any) -> None:
    document, turns = _turns(nlp, TOLD)
    assert _voice(document, turns, "I did , and I want") == ("Pavel Ostrow", "host")
    assert _voice(document, turns, "Pavel , you spent") == ("Nora Lindgren", "host")


# Two friends, first names only, no guest: they sign off "I'm A." "And I'm B." at the end.
FRIENDS = """Hi everyone , welcome back to Porch Talk .
So Tobin , you will not believe where I was on Sunday .
Where were you ?
At a chess tournament , for kids , as the only grown-up playing .
No .
Yes , and a nine year old beat me in twelve moves .
That is incredible .
I still think about his little smile .
Okay , that's the show for this week .
I'm Wrenna .
And I'm Tobbin .
Bye everybody .
"""


def test_two_first_name_hosts_who_sign_off_together_are_both_named(nlp: Any) -> None:
    document, turns = _turns(nlp, FRIENDS)
    speakers = {t.speaker_name for t in turns}
    assert {"Wrenna", "Tobbin"} <= speakers
    assert all(t.role == "host" for t in turns)  # no guest was introduced: the other voice is a co-host
    assert _voice(document, turns, "That is incredible") == ("Tobbin", "host")
