"""Types read from the words around a name, within a document and across documents."""

from __future__ import annotations

from typing import Any

from documents import entities_of
from storyline.extract.entity_products import PRODUCT_CUE_NOTE
from storyline.extract.entity_types import BUSINESS_NOTE, ORG_NOUN_NOTE
from storyline.records import DocAnalysis, LocalEntity, Mention
from storyline.resolve import resolve_entities


def _by_name(entities: tuple[LocalEntity, ...], name: str) -> LocalEntity:
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def _analysis(nlp: Any, doc: str, text: str) -> DocAnalysis:
    entities, mentions = entities_of(nlp, text)
    return DocAnalysis(doc=doc, entities=entities, mentions=mentions)


def test_a_name_ending_in_a_business_word_is_an_organisation(nlp: Any) -> None:
    # The tagger reads the first word as a surname and calls the firm a person.
    text = "Brandon Aircraft said it would build forty jets. Brandon Aircraft employs 900 people in Ohio."
    firm = _by_name(entities_of(nlp, text)[0], "Brandon Aircraft")
    assert (firm.type, firm.type_cue) == ("ORG", BUSINESS_NOTE)


def test_the_spokesman_of_a_name_is_evidence_of_an_organisation(nlp: Any) -> None:
    firm = _by_name(entities_of(nlp, "The Tarvex spokesman declined to comment on the report.")[0], "Tarvex")
    assert (firm.type, firm.type_cue) == ("ORG", ORG_NOUN_NOTE)
    # Without an article the role may be a person's: "Putin spokesman Dmitry Peskov".
    person = _by_name(
        entities_of(nlp, "Putin spokesman Dmitry Peskov said Putin was ready. Putin met staff.")[0], "Putin"
    )
    assert (person.type, person.type_cue) == ("PERSON", "")


def test_a_product_owned_in_one_document_outweighs_guesses_in_another(nlp: Any) -> None:
    owned = _analysis(nlp, "a", "Shoppers bought the old Zuno at its stores, but its Zuno sold less this year.")
    guessed = _analysis(nlp, "b", "Analysts said Zuno would face rivals. Zuno has a new screen. Zuno will ship in May.")
    assert _by_name(owned.entities, "Zuno").type_cue == PRODUCT_CUE_NOTE
    index = resolve_entities([owned, guessed])
    [zuno] = [e for e in index.entities if e.name == "Zuno"]
    assert len(zuno.members) == 2 and zuno.type == "PRODUCT"


def _doc(doc: str, kind: str, mentions: int, cue: str = "") -> DocAnalysis:
    local = LocalEntity("e0", "Quillo", kind, type_cue=cue)
    found = tuple(Mention(i * 10, i * 10 + 6, "Quillo", "e0") for i in range(mentions))
    return DocAnalysis(doc=doc, entities=(local,), mentions=found)


def test_a_cued_type_outweighs_more_tagger_votes() -> None:
    index = resolve_entities([_doc("a", "PRODUCT", 1, PRODUCT_CUE_NOTE), _doc("b", "ORG", 4), _doc("c", "ORG", 3)])
    assert [(e.name, e.type) for e in index.entities] == [("Quillo", "PRODUCT")]
    # Without a cue the commonest guess stands.
    index = resolve_entities([_doc("a", "PRODUCT", 1), _doc("b", "ORG", 4), _doc("c", "ORG", 3)])
    assert [(e.name, e.type) for e in index.entities] == [("Quillo", "ORG")]
