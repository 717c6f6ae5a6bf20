"""Organisation names found from the words around them."""

from __future__ import annotations

from typing import Any

from documents import entities_of
from storyline.extract.entity_cues import CLASS_NOUN_NOTE, air_carriers, cued_names
from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_tokens import Candidate


def _named(nlp: Any, text: str) -> dict[str, str]:
    entities, mentions = entities_of(nlp, text)
    types = {e.key: e.type for e in entities}
    return {text[m.start : m.end]: types[m.entity] for m in mentions}


def test_a_name_after_an_organisation_class_noun_is_an_organisation(nlp: Any) -> None:
    doc = nlp("In May, the technology blog Zembrik obtained a prototype of the new phone.")
    doc.ents = [e for e in doc.ents if e.text != "Zembrik"]  # as the tagger leaves it at times
    found = cued_names(doc, [], lexicon())
    assert [(c.name, c.label, c.note) for c in found] == [("Zembrik", "ORG", CLASS_NOUN_NOTE)]
    dated = nlp("She left the small firm Monday after ten years.")
    assert cued_names(dated, [], lexicon()) == []  # a date is no name


def test_capitals_joined_by_an_ampersand_are_an_organisation(nlp: Any) -> None:
    named = _named(nlp, "Orders began on Tuesday, overwhelming the shops and KL&M.")
    assert named.get("KL&M") == "ORG", named


def test_air_before_a_country_is_an_airline(nlp: Any) -> None:
    text = "The jets go to four airlines - Air China, Norvair and Air India. The Air Force agreed."
    found = [Candidate(text.index("China"), text.index("China") + 5, "China", "GPE")]
    assert [(c.name, c.label) for c in air_carriers(text, found)] == [("Air China", "ORG")]
    named = _named(nlp, text)
    assert named.get("Air China") == "ORG" and "China" not in named, named


def test_a_name_after_a_product_class_noun_is_a_product(nlp: Any) -> None:
    text = "The release adds e-mail client Tarn, web browser Safari and text messaging client zChat."
    named = _named(nlp, text)
    assert named.get("Tarn") == "PRODUCT" and named.get("Safari") == "PRODUCT", named


def test_a_name_beginning_with_air_read_as_a_person_or_place_is_an_airline() -> None:
    text = "Orders came from Air Norvia and Air Tarlow."
    found = [
        Candidate(text.index("Air Norvia"), text.index("Air Norvia") + 10, "Air Norvia", "PERSON"),
        Candidate(text.index("Air Tarlow"), text.index("Air Tarlow") + 10, "Air Tarlow", "GPE"),
    ]
    assert [c.label for c in air_carriers(text, found)] == ["ORG", "ORG"]
