"""Organisation names found from the words around them."""

from __future__ import annotations

from typing import Any

from documents import entities_of


def _named(nlp: Any, text: str) -> dict[str, str]:
    entities, mentions = entities_of(nlp, text)
    types = {e.key: e.type for e in entities}
    return {text[m.start : m.end]: types[m.entity] for m in mentions}


def test_a_name_after_an_organisation_class_noun_is_an_organisation(nlp: Any) -> None:
    named = _named(nlp, "In April, the technology blog Quorrix obtained a prototype of the new phone.")
    assert named.get("Quorrix") == "ORG", named


def test_capitals_joined_by_an_ampersand_are_an_organisation(nlp: Any) -> None:
    named = _named(nlp, "Orders began on Tuesday, overwhelming the shops and KL&M.")
    assert named.get("KL&M") == "ORG", named
