"""A quote whose speaker words name a person of the document points at that person: the turn
holder's name given to an "I" of a transcript, or a description with the name in apposition."""

from __future__ import annotations

import dataclasses
from typing import Any

from storyline.extract.entities import find_entities
from storyline.extract.quote_records import with_named_speaker
from storyline.extract.quotes import find_quotes
from storyline.records import LocalEntity, Quote
from transcripts import transcript_turns

PEOPLE = (
    LocalEntity(key="e1", name="Owen Pritchard", type="PERSON"),
    LocalEntity(key="e2", name="Carmen Diaz", type="PERSON"),
    LocalEntity(key="e3", name="Ferrow College", type="ORG"),
)


def _said_by(words: str, entities: tuple[LocalEntity, ...] = PEOPLE) -> str | None:
    quote = Quote(start=0, end=4, text="text", kind="indirect", speaker_name=words, speaker_start=0, speaker_end=1)
    return with_named_speaker(quote, entities).speaker


def test_the_name_in_apposition_to_a_description_is_the_speaker() -> None:
    assert _said_by("a historian of the railways at Ferrow College, Owen Pritchard") == "e1"


def test_a_first_name_or_surname_borne_by_one_person_is_that_person() -> None:
    assert _said_by("Owen") == "e1"
    assert _said_by("Diaz") == "e2"


def test_a_first_name_two_persons_bear_stays_unresolved() -> None:
    namesake = LocalEntity(key="e4", name="Owen Marsh", type="PERSON")
    assert _said_by("Owen", (*PEOPLE, namesake)) is None


def test_groups_and_organisations_are_not_persons() -> None:
    assert _said_by("Supporters") is None
    assert _said_by("Ferrow College") is None
    assert _said_by("the staff at the college, students") is None


def test_a_resolved_speaker_is_kept() -> None:
    quote = Quote(start=0, end=4, text="text", kind="indirect", speaker="e2", speaker_name="Owen")
    assert with_named_speaker(quote, PEOPLE).speaker == "e2"


CALL_IN = """This is Open Line. I'm Carmen Diaz.
Tonight we talk about the price of bread.
Our next caller is Tobias, on the line from Hillcrest.
Hi Carmen, thanks for having me.
I just want to say the bakeries should get help with the cost of flour.
Thank you, Tobias.
"""


def test_a_first_person_quote_of_a_caller_points_at_the_caller(nlp: Any) -> None:
    document, turns = transcript_turns(nlp, CALL_IN)
    document = dataclasses.replace(document, turns=turns)
    parsed = nlp(document.text)
    entities, mentions = find_entities(document, parsed)
    names = {e.key: e.name for e in entities}
    quotes = find_quotes(document, parsed, entities, mentions)
    quote = next(q for q in quotes if "bakeries" in q.text and not q.from_turn)
    assert quote.speaker_name == "Tobias"
    assert quote.speaker is not None and names[quote.speaker] == "Tobias"


INTERVIEW = """This is Rail Week. I'm Carmen Diaz.
The night trains are coming back to the north.
To talk about what that means for travellers, I'm joined by a historian at Ferrow College, Owen Pritchard.
Owen, why did the night trains stop in the first place?
Well, the airlines were cheaper. I think the sleeping cars will be full again by the spring.
Owen Pritchard, thank you.
My pleasure, Carmen.
"""


def test_a_guest_introduced_by_a_description_with_the_name_is_the_guest(run_captures: Any) -> None:
    export = run_captures([{"source": "rail.txt", "text": INTERVIEW, "kind": "transcript"}])
    owen = next(e["id"] for e in export["entities"] if any(m["text"] == "Owen Pritchard" for m in e["mentions"]))
    quote = next(q for q in export["quotes"] if "travellers" in q["text"])
    assert quote["speaker_name"].endswith(", Owen Pritchard")
    assert quote["speaker"] == owen
