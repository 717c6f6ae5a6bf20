"""Questions a statement reports rather than asks, on sentences and a transcript written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.reported import reported_question
from storyline.speakers.units import Unit
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

HARBOUR = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, who studies how harbour towns recover from storms.
Ingrid, what did the town do after the flood?
Well, I was there the week after, and we counted every house that took water.
Most of the families stayed, which surprised us.
We had expected them to move inland.
So a team of engineers looked at the old sea wall and asked whether it could be raised?
They found it could, for less than a new one.
And the town voted for it within a month.
That's a remarkable finding.
Did the wall hold in the next storm?
It did, and nobody had to leave.
"""


def test_an_indirect_question_in_a_statement_is_reported() -> None:
    assert reported_question("Researchers looked at this and asked how much willpower matters?")
    assert reported_question("She wondered whether the bridge would hold?")


def test_questions_that_ask_are_not_reported() -> None:
    assert not reported_question("Did they ask how much it cost?")
    assert not reported_question("You once asked whether the bridge would hold?")
    assert not reported_question("How much does it cost?")
    assert not Unit(0, 0, "So they asked whether it could be raised?").question


def test_the_guest_who_reports_a_question_goes_on_speaking(nlp: Any) -> None:
    document, turns = _turns(nlp, HARBOUR)
    assert _voice(document, turns, "So a team of engineers") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "They found it could") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Did the wall hold") == ("Tomas Reyes", "host")
