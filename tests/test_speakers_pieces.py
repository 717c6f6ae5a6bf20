"""Journalists who sign in to narrate a piece of a news show, on a transcript written for the purpose."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

MORNING = """It's Tuesday, March 3rd.
Today, two stories from towns where the river came over the wall.
I'm Ana Ruiz, a reporter based in Denver.
I drove out to the valley on Sunday morning.
The water had reached the second step of the church.
How long have you lived on this street?
Well, I was born in that house, so sixty years.
I have never seen the water this high.
We'll be right back.
Here's what else you need to know today.
The state will open two shelters in the valley tonight.
That's it for the Morning Desk.
I'm Tomas Reyes.
See you tomorrow.
"""


def test_a_journalists_sign_in_hands_them_the_narration_until_the_host_takes_it_back(nlp: Any) -> None:
    document, turns = _turns(nlp, MORNING)
    assert _voice(document, turns, "Today, two stories") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "I drove out to the valley") == ("Ana Ruiz", "host")
    assert _voice(document, turns, "How long have you lived") == ("Ana Ruiz", "host")
    assert _voice(document, turns, "Here's what else you need") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "The state will open") == ("Tomas Reyes", "host")


INTERVIEWED = """From WRN, I'm Tomas Reyes.
The river came over the wall in three towns on Sunday night.
Roads are closed across the valley and the schools will stay shut all week.
I'm joined by Ana Ruiz, a reporter based in Denver.
Ana, where were you on Sunday?
Well, I'm Ana Ruiz, a reporter based in Denver, and I drove out to the valley on Sunday.
The water had reached the second step of the church.
What are people there asking for?
Sandbags, mostly, and dry beds.
Thank you, Ana.
The state will open two shelters in the valley tonight.
"""


def test_a_journalist_the_host_introduced_is_interviewed_not_narrating(nlp: Any) -> None:
    document, turns = _turns(nlp, INTERVIEWED)
    assert _voice(document, turns, "The water had reached")[1] == "guest"
    assert _voice(document, turns, "What are people there") == ("Tomas Reyes", "host")
