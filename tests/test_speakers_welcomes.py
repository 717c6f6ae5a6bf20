"""Guests welcomed by full name ("Doctor Ana Lind, welcome to the show."), with no "joined by".
Written for the purpose, in ASR style."""

from __future__ import annotations

from typing import Any

from storyline.speakers.welcomes import welcomed_guests
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice


def test_a_full_name_welcomed_is_a_guest_without_its_title() -> None:
    text = "My guest builds bridges .\nDoctor Selma Varga , welcome to the show .\nThanks ."
    assert [(name, text[at : at + len(name)]) for at, name, _ in welcomed_guests(text)] == [
        ("Selma Varga", "Selma Varga")
    ]
    assert [n for _, n, _ in welcomed_guests("Welcome back , Selma Varga .")] == ["Selma Varga"]


def test_a_first_name_or_a_show_welcomed_is_no_guest() -> None:
    assert list(welcomed_guests("Selma , welcome .")) == []
    assert list(welcomed_guests("Welcome to Bridge Talk .")) == []


WELCOMED = """You're listening to Span , the show about things that hold up .
I'm Otto Brenner .
Today , a bridge that has stood for two hundred years .
My guest has spent a decade measuring how old stone bridges move .
Doctor Selma Varga , welcome to the show .
Thank you , Otto .
It's a pleasure to talk about bridges with someone who likes them .
What did you find when you measured the old bridge ?
We found it moves more than anyone thought , about a centimeter every summer .
And then it moves back every winter .
Does that worry you ?
Not at all , that's how it has lasted so long .
Doctor Varga , thank you .
My pleasure .
"""


def test_the_answers_after_a_welcome_by_full_name_are_that_guests(nlp: Any) -> None:
    document, turns = _turns(nlp, WELCOMED)
    assert _voice(document, turns, "We found it moves more") == ("Selma Varga", "guest")
    assert _voice(document, turns, "Not at all , that's how") == ("Selma Varga", "guest")
