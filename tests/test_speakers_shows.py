"""Whole shows of kinds the speakers stage must handle, written for the purpose: a call-in hour
and an interview whose voices are never introduced."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

CALL_IN = """This is Open Line, I'm Ruth Kamau.
Tonight we are taking your calls about the new bus routes.
Let's go to Maria in Eastfield.
Maria, you're on the air.
Hi Ruth, thanks for taking my call.
My bus used to come every ten minutes and now it comes every half hour.
I have to leave home forty minutes earlier to get to work.
Did anyone from the city ask your neighbourhood about it?
No, nobody asked us.
We only found out from a sign at the stop.
Thanks for calling, Maria.
Our next caller is Dev in Northgate.
Dev, go ahead.
Yeah, hi. I actually like the new express line.
It saves me twenty minutes each way.
Good to hear. Thank you, Dev.
"""


def test_each_caller_is_named_from_the_hosts_hand_over(nlp: Any) -> None:
    document, turns = _turns(nlp, CALL_IN)
    assert _voice(document, turns, "Maria, you're on the air.") == ("Ruth Kamau", "host")
    assert _voice(document, turns, "My bus used to come") == ("Maria", "guest")
    assert _voice(document, turns, "Did anyone from the city") == ("Ruth Kamau", "host")
    assert _voice(document, turns, "No, nobody asked us.") == ("Maria", "guest")
    assert _voice(document, turns, "It saves me twenty minutes") == ("Dev", "guest")
    assert _voice(document, turns, "Thank you, Dev.") == ("Ruth Kamau", "host")


NO_INTRODUCTIONS = """Welcome back to the program.
What happened when the river rose on Tuesday night?
Well, we saw the water come over the wall around midnight.
I got my kids upstairs and we waited for the boats.
How long did you wait?
About six hours.
The firefighters came at dawn and took us to the school.
And where are you staying now?
With my sister, across the valley.
It must be strange to sleep in someone else's house after all that.
Yes.
My youngest still wakes up at midnight and asks about the water.
"""


def test_an_interview_without_introductions_keeps_two_unnamed_voices(nlp: Any) -> None:
    document, turns = _turns(nlp, NO_INTRODUCTIONS)
    assert _voice(document, turns, "What happened when the river") == (None, "host")
    assert _voice(document, turns, "Well, we saw the water") == (None, "guest")
    assert _voice(document, turns, "How long did you wait?") == (None, "host")
    assert _voice(document, turns, "About six hours.") == (None, "guest")
    assert _voice(document, turns, "With my sister") == (None, "guest")
    # the same voice after a statement it answers, not a question: still the guest, not a third voice
    assert _voice(document, turns, "My youngest still wakes up") == (None, "guest")


SOLO = """Hello, listeners.
Jane Marlow here.
In the spring of 1998 a barn burned down outside a small town in the hills.
The owner was away, and the doors were locked from the inside.
The fire chief said the wiring was new and the hay was dry.
Nobody was ever charged.
"""


def test_a_host_who_signs_in_with_name_here_is_named(nlp: Any) -> None:
    document, turns = _turns(nlp, SOLO)
    assert _voice(document, turns, "In the spring of 1998") == ("Jane Marlow", "host")


CO_HOSTS = """This is Market Day. I'm Tomas Reyes, here with my co-host, Lena Marsh.
The price of apples fell by half this autumn.
Lena, what did the growers tell you at the market?
They said the harvest was the biggest in ten years.
So there are simply too many apples.
"""


def test_a_co_host_introduced_by_the_host_answers_as_a_host(nlp: Any) -> None:
    document, turns = _turns(nlp, CO_HOSTS)
    assert _voice(document, turns, "Lena, what did the growers") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "They said the harvest") == ("Lena Marsh", "host")
