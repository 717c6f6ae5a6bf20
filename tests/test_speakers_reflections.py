"""The interviewer's reflection on an answer, confirmed by the guest, on transcripts written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.reflections import reflections
from storyline.speakers.units import Unit
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

GARDENS = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, a botanist who studies city gardens.
Ingrid, why did you start planting on rooftops?
Well, I grew up in a flat with no garden at all.
I kept tomatoes on the window sill and they always died.
Later I found that the roof got all the sun the street never did.
So I carried soil up six floors, one bag at a time.
And the tomatoes loved it.
So what I find so interesting about that is how little the plants need from us.
I mean, I kill every plant I bring home.
I leave them by the window and forget to water them.
You just gave them the light they were missing.
Exactly.
Light matters more than anything else we give them.
"""


def _units(*texts: str) -> list[Unit]:
    return [Unit(0, len(t), t) for t in texts]


def test_a_reaction_then_a_statement_the_guest_confirms_is_one_reflection() -> None:
    units = _units(
        "And the tomatoes loved it.",
        "What I find so interesting about that is how little they need.",
        "I forget to water mine.",
        "You just gave them light.",
        "Exactly.",
    )
    assert reflections(units, set()) == [(1, 3)]


def test_a_question_between_the_reaction_and_the_reply_ends_the_stretch() -> None:
    units = _units(
        "What I find so interesting about that is how little they need.",
        "Did you water them?",
        "You just gave them light.",
        "Exactly.",
    )
    assert reflections(units, set()) == []


def test_the_hosts_reflection_in_the_first_person_stays_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, GARDENS)
    assert _voice(document, turns, "And the tomatoes loved it.") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "So what I find so interesting") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "I mean, I kill every plant") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "I leave them by the window") == ("Tomas Reyes", "host")
    assert _voice(document, turns, "Exactly.") == ("Ingrid Solberg", "guest")
