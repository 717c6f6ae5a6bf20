"""Definite descriptions ("the company", "the agency", "the plane", "the two leaders") resolve to
the entities a reader takes them for, one way for every stage."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from documents import Run, entities_of, entity_names, events_with_trigger, export_one, text_document
from storyline.extract.analyse import analyse
from storyline.extract.descriptions import DescriptionResolver, Reference, description_nouns

_one = partial(export_one, published="2024-05-15")


def _resolve(nlp: Any, text: str, noun: str, nth: int = 0) -> tuple[list[str], Reference | None]:
    """The names the ``nth`` token ``noun`` of ``text`` refers to, and the reference itself."""
    parsed = nlp(text)
    entities, mentions = entities_of(nlp, text)
    names = {e.key: e.name for e in entities}
    resolver = DescriptionResolver.build(parsed, entities, mentions)
    token = [t for t in parsed if t.text == noun][nth]
    reference = resolver.resolve(token)
    return [names[k] for k in (reference.entities if reference else ())], reference


def test_the_lexicon_gives_types_kinds_and_name_words() -> None:
    nouns = description_nouns()
    assert nouns["company"].kind == "firm"
    assert nouns["agency"].kind == "body"
    assert nouns["government"].kind == "state"
    assert nouns["plane"].types == ("PRODUCT", "ORG")
    assert "airways" in nouns["carrier"].markers


def test_a_word_that_is_no_description_is_none(nlp: Any) -> None:
    assert _resolve(nlp, "Brackwell Foods sold the plant.", "plant")[1] is None


def test_the_company_is_the_firm_named_last_with_its_basis(nlp: Any) -> None:
    names, reference = _resolve(nlp, "Brackwell Foods cut its forecast. The company blamed the weather.", "company")
    assert names == ["Brackwell Foods"]
    assert reference is not None and reference.basis == "recent" and reference.noun == "company"


def test_an_indefinite_or_other_company_refers_to_no_one(nlp: Any) -> None:
    assert _resolve(nlp, "Brackwell Foods cut its forecast. A company blamed the weather.", "company")[0] == []
    text = "Brackwell Foods cut its forecast. Another company blamed the weather."
    assert _resolve(nlp, text, "company")[0] == []


def test_an_outlet_that_reported_the_news_is_not_the_company(nlp: Any) -> None:
    text = "Brackwell Foods will close a plant, Reuters reported. The company announced that 300 jobs would go."
    assert _resolve(nlp, text, "company")[0] == ["Brackwell Foods"]


def test_a_known_outlet_named_in_between_is_not_the_agency(nlp: Any) -> None:
    text = (
        "The Federal Aviation Administration grounded the jets after a Reuters inquiry. "
        "The agency said inspections would take a week."
    )
    assert _resolve(nlp, text, "agency")[0] == ["Federal Aviation Administration"]


def test_the_agency_is_a_public_body_whatever_its_name_says(nlp: Any) -> None:
    # "Coast Guard" holds no word of a public body's name; a think tank named later is no agency
    text = (
        "The Coast Guard opened an inquiry. A report by the Brookdale Institute "
        "criticised it. The agency said the inquiry would go on."
    )
    assert _resolve(nlp, text, "agency")[0] == ["Coast Guard"]


def test_according_to_names_a_source_not_an_outlet(nlp: Any) -> None:
    text = "Taxes rose 2 percent, according to the Congressional Budget Office. The agency said they would rise."
    assert _resolve(nlp, text, "agency")[0] == ["Congressional Budget Office"]


def test_the_government_in_a_capital_is_its_country(nlp: Any) -> None:
    text = (
        "Norway and Sweden signed a treaty. Critics in Sweden called it weak, "
        "but the government in Oslo said it would hold."
    )
    assert _resolve(nlp, text, "government")[0] == ["Norway"]


def test_a_nationality_is_the_country_named_after_it_or_no_one(nlp: Any) -> None:
    text = "Norway bought a stake in Tarnow Airways. The Irish government said it would not object."
    assert _resolve(nlp, text, "government")[0] == []
    text = "Germany and Norway signed a treaty in Oslo. The German government said it would hold."
    assert _resolve(nlp, text, "government")[0] == ["Germany"]


def test_a_place_in_the_phrase_only_modifies_the_firm(nlp: Any) -> None:
    text = "Tarnow Airways ordered jets from Holvik Aerospace. The order went to the Norwegian maker in May."
    names, reference = _resolve(nlp, text, "maker")
    assert "Norway" not in names and reference is not None


def test_the_new_aircraft_is_the_product_named_before(nlp: Any) -> None:
    text = "Holvik Aerospace unveiled the Skyrider X2 jet on Monday. The new aircraft seats 300 passengers."
    names, _ = _resolve(nlp, text, "aircraft")
    assert names == ["Skyrider X2"] or names == ["Holvik Aerospace"]
    text = "Brackwell Foods and Tarnow Inc. merged last year. The new company said sales rose."
    assert _resolve(nlp, text, "company")[0] == []


def test_the_airline_without_an_airline_named_is_the_firm_named_last(nlp: Any) -> None:
    text = "Holvik Aerospace sold ten jets to Skyvolt Inc. last year. The airline will fly them to Oslo."
    assert _resolve(nlp, text, "airline")[0] == ["Skyvolt Inc."]


def test_the_company_means_one_firm_for_the_quote_and_the_event(run_captures: Run) -> None:
    # The outlet named last is skipped by both: the speaker and the one who announces agree.
    text = "Brackwell Foods will close a plant, Reuters reported. The company announced that 300 jobs would go."
    export = _one(run_captures, text)
    (announced,) = events_with_trigger(export, "announced")
    (quote,) = [q for q in export["quotes"] if "300 jobs" in q["text"]]
    assert entity_names(export, announced["participants"]) == {"Brackwell Foods"}
    assert entity_names(export, [quote["speaker"]]) == {"Brackwell Foods"}


def test_a_role_narrowed_by_a_lower_case_word_is_no_one_named_before(nlp: Any) -> None:
    text = "Ann Lee met Tom Berg in Oslo. The minority leader said little."
    assert _resolve(nlp, text, "leader")[0] == []
    text = "Ann Lee met Tom Berg in Oslo. The leader said little."
    assert _resolve(nlp, text, "leader")[0] == ["Tom Berg"]


def test_the_man_or_the_woman_is_no_description_of_the_person_named_last(nlp: Any) -> None:
    assert _resolve(nlp, "Ann Lee met Tom Berg in Oslo. The woman said little.", "woman")[1] is None


def test_the_airplane_is_a_plane_named_before(nlp: Any) -> None:
    text = "Holvik Aerospace unveiled the Skyrider X2 jet on Monday. The airplane seats 300 passengers."
    names, _ = _resolve(nlp, text, "airplane")
    assert names in (["Skyrider X2"], ["Holvik Aerospace"])


def test_the_plane_is_the_product_of_the_report_though_its_maker_was_named_last(nlp: Any) -> None:
    filler = " ".join(["The weather in the valley was mild and the roads were quiet all week."] * 7)
    text = (
        "Holvik Aerospace unveiled the Skyrider X2 on Monday. The Skyrider X2 seats 300 passengers. "
        f"{filler} Holvik Aerospace thanked its workers. The plane flew over Ohio on Tuesday."
    )
    entities, _ = entities_of(nlp, text)
    assert any(e.name == "Skyrider X2" and e.type == "PRODUCT" for e in entities)
    names, reference = _resolve(nlp, text, "plane")
    assert names == ["Skyrider X2"]
    assert reference is not None and reference.basis == "salient"


def test_the_store_is_the_name_ending_in_store_though_a_firm_was_named_after_it(nlp: Any) -> None:
    text = (
        "Holvik Aerospace opened the Holvik Parts Store in May, and Brackwell Foods cheered. The store sold 300 parts."
    )
    names, _ = _resolve(nlp, text, "store")
    assert names == ["Holvik Parts Store"]


def test_the_quote_and_event_stages_of_a_document_share_one_resolver(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[DescriptionResolver] = []
    build = DescriptionResolver.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[DescriptionResolver], *args: Any, **kwargs: Any) -> DescriptionResolver:
        built.append(build(cls, *args, **kwargs))
        return built[-1]

    monkeypatch.setattr(DescriptionResolver, "build", classmethod(counted))
    text = "Brackwell Foods bought Lumen Dairy on Monday. The company said it would keep the plant open."
    analysis = analyse(text_document(text), nlp(text))
    assert [q.speaker for q in analysis.quotes if q.speaker]  # "the company said", resolved
    assert analysis.events
    assert len(built) == 1
