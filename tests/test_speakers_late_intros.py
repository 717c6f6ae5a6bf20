"""Guests named late or apart from the sentence that presents them: a cold open named at the close,
"His name is NAME" after the host describes them, a guest named only when thanked. Transcripts
written for the purpose, in ASR style (one sentence a line, punctuation spaced off)."""

from __future__ import annotations

from typing import Any

from storyline.speakers.roster import build_roster
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice


def _guests(nlp: Any, text: str) -> list[str]:
    return [p.name for p in build_roster(text, nlp(text)).guests()]


COLD_OPEN = """The bells have to be tuned by ear , there is no machine for it .
You strike one , you listen , you shave a little metal off the lip .
This is Long Table , I'm Iris Vane .
My guest has cast church bells for most of his life .
How many bells have you made ?
Maybe four hundred .
I stopped counting after the first hundred .
My guest was the bell founder Caspar Wendt .
I'm Iris Vane .
"""


def test_a_guest_credited_at_the_close_is_on_the_roster(nlp: Any) -> None:
    assert "Caspar Wendt" in _guests(nlp, COLD_OPEN)


def test_the_answers_of_a_guest_named_only_at_the_close_are_theirs(nlp: Any) -> None:
    document, turns = _turns(nlp, COLD_OPEN)
    assert _voice(document, turns, "Maybe four hundred") == ("Caspar Wendt", "guest")


NAMED_APART = """This is Night Desk .
I'm Olga Feld .
Last winter I met a woman who drove a snowplough for thirty winters .
Her name is Bettina Ruhl , and she joins me from her kitchen .
Bettina , welcome .
Thanks , Olga .
"""


def test_her_name_is_after_a_description_introduces_a_guest(nlp: Any) -> None:
    assert "Bettina Ruhl" in _guests(nlp, NAMED_APART)


THANKED = """This is Night Desk .
I'm Olga Feld .
My guest spent thirty winters driving a snowplough .
What was the worst night ?
The night the bridge froze , no question .
Bettina Ruhl , thank you for talking with me .
"""


def test_a_full_name_thanked_for_talking_is_a_guest(nlp: Any) -> None:
    assert "Bettina Ruhl" in _guests(nlp, THANKED)


def test_a_first_name_alone_thanked_is_not_taken_for_a_guest(nlp: Any) -> None:
    text = "This is Night Desk .\nI'm Olga Feld .\nMarch , thanks for the question .\n"
    assert _guests(nlp, text) == []


PANEL = """This is Town Square .
I'm Olga Feld .
With me are three people who run the market .
Bettina Ruhl sells cheese .
Konrad Aschel keeps bees .
And Mirela Dobos bakes bread .
Welcome .
We're back with Bettina Ruhl , Konrad Aschel and Mirela Dobos .
"""


def test_a_panel_named_together_after_the_break_is_on_the_roster(nlp: Any) -> None:
    guests = _guests(nlp, PANEL)
    assert {"Bettina Ruhl", "Konrad Aschel", "Mirela Dobos"} <= set(guests)


def test_a_panel_thanked_together_is_on_the_roster(nlp: Any) -> None:
    text = "This is Town Square .\nI'm Olga Feld .\nKonrad Aschel , Mirela Dobos , thank you both .\n"
    assert {"Konrad Aschel", "Mirela Dobos"} <= set(_guests(nlp, text))


MET = """This is Town Square .
I'm Olga Feld .
Last week I went to see a man named Quill Barrowby , who repairs organs .
It takes me a month to tune one .
"""


def test_the_one_a_narrator_went_to_see_is_a_guest_whatever_the_tagger_calls_the_name(nlp: Any) -> None:
    assert "Quill Barrowby" in _guests(nlp, MET)


def test_a_caller_greeting_the_host_by_name_names_no_guest(nlp: Any) -> None:
    text = "This is Open Line .\nI'm Olga Feld .\nHi Olga , thanks for having me .\n"
    assert _guests(nlp, text) == []
