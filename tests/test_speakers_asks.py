"""Who holds the floor around the host's questions and prompts, the other voice's replies and the host
taking the floor back; and names said with a possessive. On transcripts written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.address import mentions
from storyline.speakers.roster import Person
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


BRIDGE = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, a historian of the northern coast.
Ingrid, how did the islanders get to the mainland before the bridge?
Well, I think most of them took the old ferry.
It ran twice a day when the ice allowed.
But isn't it strange, Ingrid, that nobody built the bridge sooner?
You would think the island would have asked for one a century earlier.
You're right.
The islanders liked the ferry more than they admit today.
"""


def test_youre_right_answers_the_statement_before_it(nlp: Any) -> None:
    document, turns = _turns(nlp, BRIDGE)
    assert _voice(document, turns, "You would think the island") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "You're right.") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "The islanders liked") == ("Ingrid Solberg", "guest")


def test_a_possessive_names_the_person() -> None:
    ingrid = Person("Ingrid Solberg", "guest")
    assert mentions(_unit("The county kept Ingrid's maps for years."), ingrid)
    assert mentions(_unit("The Solbergs\u2019 boat was the last to go."), ingrid) is False
    assert mentions(_unit("The museum still shows Solberg\u2019s photographs."), ingrid)


CROSSING = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, a historian of the northern coast.
Ingrid, how did the islanders get to the mainland before the bridge?
Well, I think most of them took the old ferry.
I rode it every summer as a child.
The crossing took most of an afternoon.
So one implication of this is that the island lived by the timetable.
Ingrid, did anyone mind?
Oh, nobody minded at all.
"""


def test_the_last_plain_sentence_of_an_answer_stays_with_the_guest(nlp: Any) -> None:
    document, turns = _turns(nlp, CROSSING)
    assert _voice(document, turns, "The crossing took") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "So one implication") == ("Tomas Reyes", "host")
