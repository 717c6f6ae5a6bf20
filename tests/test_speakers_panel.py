"""A panel of guests who speak of one another. Transcript written for the purpose, in ASR style
(one sentence a line, punctuation spaced off)."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

PANEL = """This is Town Square .
I'm Olga Feld .
Should the market move to the old station ?
I'm joined by Bettina Ruhl , a baker at the market , and Konrad Aschel , a beekeeper .
Konrad , let me start with you .
Is the station a good place ?
The station is too far from the houses .
Old people walk to the square , they will not walk to the station .
Bettina , you sell bread there every week .
What do you see ?
The old square floods every spring .
I lost a whole day of bread last April .
So I agree with Konrad about the walk , but I think he forgets the water .
Somebody has to carry the flour through it .
"""


def test_a_panel_guest_who_names_another_guest_in_the_first_person_keeps_the_floor(nlp: Any) -> None:
    document, turns = _turns(nlp, PANEL)
    assert _voice(document, turns, "So I agree with Konrad") == ("Bettina Ruhl", "guest")
