"""A guest's tape cut into the host's narration with no spoken cue, on transcripts written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.attribute import _full_name_said
from storyline.speakers.roster import Person
from storyline.speakers.units import Unit
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

# The host describes the guest in the third person after her first answers.
OPENING = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a boat builder on the northern coast.
Ingrid, welcome to the show.
Thanks for having me.
How did you start building boats?
Well, my father built them, and I swept his shed as a girl.
I learned every tool before I could read.
Ingrid took over the shed in 1998.
For twenty years she built two boats a winter.
"""

WORKSHOP = (
    OPENING
    + """Then one night a heater caught fire in her shed.
I lost every plank and every drawing I had made.
The fire took the shed and the boat inside it.
Ingrid rebuilt the shed the next spring.
"""
)


def test_a_first_person_account_right_after_the_host_describes_the_guest_is_her_tape(nlp: Any) -> None:
    document, turns = _turns(nlp, WORKSHOP)
    assert _voice(document, turns, "Then one night a heater") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "I lost every plank") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Ingrid rebuilt the shed") == ("Tomas Reyes", "host")


ASIDE = (
    OPENING
    + """I love stories like hers.
Ingrid now teaches boat building at the village school.
"""
)


def test_the_hosts_present_tense_aside_after_describing_the_guest_stays_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, ASIDE)
    assert _voice(document, turns, "I love stories like hers.") == ("Tomas Reyes", "host")


HEARING = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a soil scientist on the northern coast.
The ministry's lawyer, Ada Brandt, spoke at the hearing last week.
Here's Ada Brandt.
Our figures are checked every year by two offices.
Now, if the figures are wrong, why has nobody said so?
Ada Brandt's answer was, well, partly about money.
A new survey would cost the ministry two million a year.
Ingrid, what do you make of that?
Well, I think the survey would pay for itself.
"""


def test_a_sentence_naming_a_played_voice_is_the_hosts_narration(nlp: Any) -> None:
    document, turns = _turns(nlp, HEARING)
    assert _voice(document, turns, "Our figures are checked") == ("Ada Brandt", "clip")
    assert _voice(document, turns, "Ada Brandt's answer was") == ("Tomas Reyes", "host")


COURT = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a soil scientist on the northern coast.
Her case reached the high court this spring.
Her lawyer, Dana Oakes, spoke first.
Your Honor, the ministry took the data without asking.
It was published before my client could finish her work.
That was the whole argument in two sentences.
Thank you, counsel.
The case is submitted.
Ingrid Solberg went home to wait for the ruling.
"""


def test_a_courts_forms_of_address_are_played_audio(nlp: Any) -> None:
    document, turns = _turns(nlp, COURT)
    assert _voice(document, turns, "Your Honor, the ministry") == ("Dana Oakes", "clip")
    assert _voice(document, turns, "It was published before") == ("Dana Oakes", "clip")
    assert _voice(document, turns, "That was the whole argument") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "The case is submitted.") == (None, "clip")


def test_a_played_voice_counts_as_named_in_narration_only_by_the_full_name() -> None:
    brandt = Person("Ada Brandt", "clip")
    said = "Ada Brandt's answer was, well, partly about money."
    surname = "But under Brandt, the survey office has lost half its staff."
    assert _full_name_said(Unit(0, len(said), said), brandt)
    assert not _full_name_said(Unit(0, len(surname), surname), brandt)


COMEBACK = """From WRN, this is Long Story. I'm Tomas Reyes.
My guest today is Ingrid Solberg, a boat builder on the northern coast.
Ingrid, welcome to the show.
Thanks for having me.
How did you start building boats?
Well, my father built them, and I swept his shed as a girl.
Then one night a heater caught fire in the shed.
Ingrid spent a month in hospital with burns on both hands.
When I got home, I couldn't hold a chisel.
I made it my goal to finish the boat my father left.
And that is what pushed me through the whole winter.
And she does it.
She launches the boat in the spring, with a new grip on every tool.
"""


def test_he_or_she_right_after_the_guests_own_words_is_the_host_again(nlp: Any) -> None:
    document, turns = _turns(nlp, COMEBACK)
    assert _voice(document, turns, "I made it my goal") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "And she does it.") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "She launches the boat") == ("Tomas Reyes", "host")


# A documentary: each voice is presented by a sentence of narration, then heard, with no "says".
NARRATED = """This is Dry Country , stories from the plains .
I'm Ottilie Brandvold .
The wells here are running low .
Caspar Lindqvist has farmed wheat on the same land for thirty years .
I used to find water at forty feet .
Last summer I drilled to ninety and found nothing .
He has started planting sorghum instead .
The one who will decide what the town does next is the water board chair , Maren Tollefsen .
I won't promise anyone a new well .
What I can promise is that we will share what there is .
"""


def test_voices_presented_by_narration_are_named_on_their_tape(nlp: Any) -> None:
    document, turns = _turns(nlp, NARRATED)
    assert _voice(document, turns, "I used to find water") == ("Caspar Lindqvist", "guest")
    assert _voice(document, turns, "I won't promise") == ("Maren Tollefsen", "guest")
    assert _voice(document, turns, "He has started planting")[1] == "host"
