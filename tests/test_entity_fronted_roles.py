"""A role before a name and a comma ("The board's director of education, Dr. Ann Lee, ...") is a
description of the person, and a later "the director said" refers back by it."""

from __future__ import annotations

from typing import Any

from documents import text_document
from quoting import containing, quotes_of
from storyline.extract.entities import find_entities

TEXT = (
    "The Fenwick school board voted on Monday to close two rural schools.\n\n"
    "The board's director of education, Dr. Lionel Okafor, presented the plan to trustees.\n\n"
    "The director said pupils would move to a school in Marlow."
)


def test_role_before_the_name_is_a_description(nlp: Any) -> None:
    entities, _ = find_entities(text_document(TEXT, None), nlp(TEXT))
    person = next(e for e in entities if e.name == "Lionel Okafor")
    assert any("director of education" in d.text for d in person.descriptions)


def test_description_speaker_refers_back_to_the_fronted_role(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, TEXT)
    quote = containing(quotes, "pupils would move")
    assert quote.speaker is not None and names[quote.speaker] == "Lionel Okafor"


def test_role_after_a_clause_is_no_description(nlp: Any) -> None:
    text = "After the vote on the plan, Lionel Okafor left the room."
    entities, _ = find_entities(text_document(text, None), nlp(text))
    assert all(not e.descriptions for e in entities if e.name == "Lionel Okafor")
