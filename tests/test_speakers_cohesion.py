"""Sentences tied to the speaker's own sentence before by their opening connective, on transcripts
written for the purpose."""

from __future__ import annotations

from typing import Any

from storyline.speakers.cohesion import carries_on
from storyline.speakers.units import Unit
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

ORCHARD = """From WRN, I'm Tomas Reyes.
My guest is Ingrid Solberg, who has grown apples in the valley for thirty years.
Ingrid, why did you stop spraying your trees?
Well, I used to spray every spring like my father did.
But I saw the bees leave the orchard one year after another.
So I stopped and let the grass grow between the rows.
The first year I lost a lot of fruit.
Half my apples had spots on them and I could not sell them.
But in the second year I saw the birds come back.
And I watched them eat the pests for me.
By the third year I had healthy trees again.
I learned that the harvest is not the biggest thing to watch.
Instead, it's the soil that tells how the orchard is doing.
Again, it's a slow business.
It turns out the valley has lost half its orchards since the nineties.
Most of them were sold to builders.
The town hall wants to keep the rest.
A new plan goes to a vote in March.
Growers say it comes too late.
Ingrid, what would you tell a young grower?
Start small and listen to the old hands.
"""


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text)


def test_a_statement_opening_with_instead_carries_on_the_sentence_before() -> None:
    assert carries_on(_unit("Instead, it's the soil that counts."), _unit("The harvest is not the thing."))
    assert carries_on(_unit("Then they gave up."), _unit("They tried twice."))


def test_questions_and_answers_to_them_are_not_tied_by_a_connective() -> None:
    assert not carries_on(_unit("Then what happened?"), _unit("They tried twice."))
    assert not carries_on(_unit("Then I left."), _unit("What did you do then?"))
    assert not carries_on(_unit("Also, the rain came."), _unit("They tried twice."))


def test_the_guests_last_sentences_after_a_connective_stay_the_guests(nlp: Any) -> None:
    document, turns = _turns(nlp, ORCHARD)
    assert _voice(document, turns, "Instead, it's the soil") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "Again, it's a slow business.") == ("Ingrid Solberg", "guest")
    assert _voice(document, turns, "It turns out the valley") == ("Tomas Reyes", "host")
