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
