"""Per-document entities: mentions the tagger misses, titles as descriptions, within-document links."""

from __future__ import annotations

from typing import Any

import pytest

from documents import entities_of
from storyline.extract.entity_names import initials, is_acronym, name_key, sound_key
from storyline.extract.entity_speakers import add_speakers
from storyline.records import LocalEntity, Mention


def _by_name(entities: tuple[LocalEntity, ...], name: str) -> LocalEntity:
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def test_name_keys_fold_spelling() -> None:
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un") == "kim jong un"
    assert name_key("the U.S.'s") == name_key("US") == "us"
    assert name_key("Ålesund") == "alesund"
    assert initials("United Auto Workers") == "UAW"
    assert initials("Institute for Peace Studies") == "IPS"
    assert is_acronym("U.N.") and is_acronym("GM") and not is_acronym("Nato") and not is_acronym("A")


def test_sound_key_joins_transcription_variants() -> None:
    assert sound_key("Yuri") == sound_key("Yury")
    assert sound_key("Gene") == sound_key("Jean")
    assert sound_key("Maria") != sound_key("Marta")


def test_title_becomes_a_dated_description(nlp: Any) -> None:
    text = "Finance Minister Halvard Brenn said on Monday that the budget was ready. Brenn spoke in Oslo."
    entities, mentions = entities_of(nlp, text)
    brenn = _by_name(entities, "Halvard Brenn")
    assert brenn.type == "PERSON"
    assert any(d.text == "Finance Minister" and d.as_of == "2031-03-04" for d in brenn.descriptions)
    spans = {text[m.start : m.end] for m in mentions if m.entity == brenn.key}
    assert spans == {"Halvard Brenn", "Brenn"}, "the title is not part of the name and the surname links"


def test_appositive_role_is_a_description(nlp: Any) -> None:
    text = "The plan was drafted by Orla Quinlan, the chief economist at the Dunmore Policy Institute, last year."
    entities, _ = entities_of(nlp, text)
    quinlan = _by_name(entities, "Orla Quinlan")
    assert any("chief economist" in d.text for d in quinlan.descriptions)
    assert any(e.name == "Dunmore Policy Institute" and e.type == "ORG" for e in entities)


def test_acronym_in_brackets_and_initials_link(nlp: Any) -> None:
    text = (
        "The Northern Rail Workers Union (NRWU) called a strike. Members of the NRWU voted on Tuesday. "
        "The Coastal Ferry Authority said the CFA would keep boats running."
    )
    entities, _ = entities_of(nlp, text)
    union = [e for e in entities if "NRWU" in (e.name, *e.aliases)]
    assert len(union) == 1 and union[0].name == "Northern Rail Workers Union"
    ferry = [e for e in entities if "CFA" in (e.name, *e.aliases)]
    assert len(ferry) == 1 and ferry[0].name == "Coastal Ferry Authority"


def test_gazetteer_gives_canonical_names_and_types(nlp: Any) -> None:
    text = "Officials in the U.S. and the United States Congress disagreed. Talks with the U.N. resumed."
    entities, _ = entities_of(nlp, text)
    us = _by_name(entities, "United States")
    assert us.type == "GPE" and "U.S." in us.aliases
    assert _by_name(entities, "United Nations").type == "ORG"


def test_facility_names_and_synonyms(nlp: Any) -> None:
    text = "The rocket left the Tervala Cosmodrome at dawn. Crowds gathered outside Tervala spaceport to watch."
    entities, _ = entities_of(nlp, text)
    site = [e for e in entities if e.type == "FAC"]
    assert len(site) == 1
    assert {site[0].name, *site[0].aliases} >= {"Tervala Cosmodrome", "Tervala spaceport"}


def test_capital_acting_for_its_country(nlp: Any) -> None:
    text = "Moscow rejected the proposal on Friday. Russia said the talks were over."
    entities, _ = entities_of(nlp, text)
    russia = _by_name(entities, "Russia")
    assert "Moscow" in russia.aliases
    assert any("acts for" in w for w in russia.why)


def test_capital_as_a_place_stays_a_city(nlp: Any) -> None:
    text = "The delegation arrived in Moscow on Friday. Russia said the talks would start soon."
    entities, _ = entities_of(nlp, text)
    assert "Moscow" not in _by_name(entities, "Russia").aliases
    assert any(e.name == "Moscow" for e in entities)


def test_short_form_needs_the_full_name(nlp: Any) -> None:
    with_name = "North Korea fired a missile. Analysts said the North wanted attention."
    entities, mentions = entities_of(nlp, with_name)
    korea = _by_name(entities, "North Korea")
    assert "the North" in korea.aliases
    assert any(m.form == "nominal" and m.entity == korea.key for m in mentions)
    without = "Voters in the North wanted change."
    entities, _ = entities_of(nlp, without)
    assert not any(e.name == "North Korea" for e in entities)


def test_sound_alike_names_in_one_transcript(nlp: Any) -> None:
    text = (
        "Joining us is Jean Darrow, a former bureau chief for the Tidewater Gazette. "
        "Gene Darrow, thanks for being here. Jean Darrow has covered the region for years."
    )
    entities, _ = entities_of(nlp, text)
    darrow = [e for e in entities if "Darrow" in e.name]
    assert len(darrow) == 1 and darrow[0].name == "Jean Darrow" and "Gene Darrow" in darrow[0].aliases


def test_junk_and_possessives(nlp: Any) -> None:
    text = "Transcript\n\nThe Harlow Group's report was published. Harlow Group staff said 42 jobs would go."
    entities, mentions = entities_of(nlp, text)
    assert not any(e.name.lower() == "transcript" for e in entities)
    assert all(not text[m.start : m.end].endswith("'s") for m in mentions)


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_text(nlp: Any, text: str) -> None:
    assert entities_of(nlp, text) == ((), ())


def test_turn_speakers_join_the_entities() -> None:
    entities = (
        LocalEntity("e0", "Alder", "PERSON"),
        LocalEntity("e1", "Mira Sol", "PERSON"),
    )
    joined, _ = add_speakers(entities, (), ["Jacob Alder", "Mira Sol", "host", None, "Tess Orvin"])
    names = [e.name for e in joined]
    assert names == ["Jacob Alder", "Mira Sol", "Tess Orvin"]
    assert joined[0].key == "e0" and "Alder" in joined[0].aliases
    assert "speaks turns" in joined[2].why[0]


def test_a_turn_speaker_tagged_as_an_organisation_is_one_person_with_its_spellings() -> None:
    entities = (
        LocalEntity("e0", "Ilse Varga", "ORG"),
        LocalEntity("e1", "Harbour Trust", "ORG"),
        LocalEntity("e2", "Ilse Vargha", "PERSON"),
        LocalEntity("e3", "Ilze", "PERSON"),
    )
    mentions = (
        Mention(0, 10, "Ilse Varga", "e0"),
        Mention(20, 33, "Harbour Trust", "e1"),
        Mention(40, 51, "Ilse Vargha", "e2"),
        Mention(60, 64, "Ilze", "e3"),
    )
    joined, moved = add_speakers(entities, mentions, ["Ilse Varga", "Ilse Varga"])
    assert [(e.key, e.name, e.type) for e in joined] == [("e0", "Ilse Varga", "PERSON"), ("e1", "Harbour Trust", "ORG")]
    assert {"Ilse Vargha", "Ilze"} <= set(joined[0].aliases)
    assert [m.entity for m in moved] == ["e0", "e1", "e0", "e0"]


def test_a_one_word_turn_speaker_leaves_a_place_of_that_name_alone() -> None:
    entities = (LocalEntity("e0", "Jordan", "GPE"),)
    joined, _ = add_speakers(entities, (), ["Jordan"])
    assert joined == entities


def test_dateline_agency_is_not_an_acronym_of_the_city(nlp: Any) -> None:
    text = "TALVIK (AP) — Mr. Brenn and Mr. Halvard Osk met the Harbour Workers Guild (HWG) on Monday."
    entities, _ = entities_of(nlp, text)
    assert not any("AP" in e.aliases and e.name.upper() == "TALVIK" for e in entities)
    guild = [e for e in entities if "HWG" in e.aliases]
    assert guild and guild[0].name == "Harbour Workers Guild"
    osk = [e for e in entities if e.name == "Halvard Osk"]
    assert osk and not any(d.text.startswith("Mr.") for d in osk[0].descriptions)


def test_a_store_name_is_an_organisation(nlp: Any) -> None:
    text = "Songs bought from the Music Store play on any player. Developers sell games through the Fable App Store."
    entities, _ = entities_of(nlp, text)
    assert all(e.type != "PERSON" for e in entities), [(e.name, e.type) for e in entities]
    assert _by_name(entities, "Fable App Store").type == "ORG"


def test_person_name_run_into_an_office_or_place_is_cut_off() -> None:
    from storyline.extract.entity_lexicon import lexicon
    from storyline.extract.entity_splits import split_trailing_people
    from storyline.extract.entity_tokens import Candidate

    text = (
        "Navy for Research Ann Lee spoke. Ann Lee left. Sales rose in the U.S. Lee said so."
        " Johnson & Johnson. Bo & Ann Lee"
    )
    office = text.index("Navy")
    place = text.index("U.S. Lee")
    drugs = text.index("Johnson &")
    found = [
        Candidate(office, office + len("Navy for Research Ann Lee"), "Navy for Research Ann Lee", "ORG"),
        Candidate(text.index("Ann Lee left"), text.index("Ann Lee left") + 7, "Ann Lee", "PERSON"),
        Candidate(place, place + len("U.S. Lee"), "U.S. Lee", "ORG"),
        Candidate(drugs, drugs + 17, "Johnson & Johnson", "ORG"),
        Candidate(text.index("Bo & Ann Lee"), len(text), "Bo & Ann Lee", "ORG"),
        Candidate(0, 0, "Bo Johnson", "PERSON"),
    ]
    split = {(c.name, c.label) for c in split_trailing_people(text, found, lexicon())}
    assert {("Navy for Research", "ORG"), ("U.S.", "ORG"), ("Lee", "PERSON")} <= split
    assert ("Ann Lee", "PERSON") in split and ("Johnson & Johnson", "ORG") in split
    assert ("Bo & Ann Lee", "ORG") in split


def test_mistyped_short_form_joins_a_designated_name_even_in_the_headline() -> None:
    from storyline.extract.entity_linking import link_mentions
    from storyline.extract.entity_tokens import Candidate

    text = "Jets for Veltra\n\nMay 2, 2031\n\nVeltra Airways bought jets. Korvo International paid. Korvo said so."
    found = [
        Candidate(text.index("Veltra"), text.index("Veltra") + 6, "Veltra", "GPE"),
        Candidate(text.index("Veltra Airways"), text.index("Veltra Airways") + 14, "Veltra Airways", "ORG"),
        Candidate(text.index("Korvo Int"), text.index("Korvo Int") + 19, "Korvo International", "ORG"),
        Candidate(text.index("Korvo said"), text.index("Korvo said") + 5, "Korvo", "PERSON"),
    ]
    entities, mentions = link_mentions(found, text)
    assert sorted(e.name for e in entities) == ["Korvo International", "Veltra Airways"]
    assert len(mentions) == 4


def test_one_word_after_a_two_word_organisation_is_its_short_form() -> None:
    from storyline.extract.entity_linking import link_mentions
    from storyline.extract.entity_tokens import Candidate

    text = "The Kestrel Vanta sold well and Harlan Bank lent money. The Vanta is green. Bank shares fell."
    names = ["Kestrel Vanta", "Harlan Bank", "Vanta", "Bank"]
    found = [Candidate(text.index(n), text.index(n) + len(n), n, "ORG") for n in names]
    entities, _ = link_mentions(found, text)
    assert sorted(e.name for e in entities) == ["Bank", "Harlan Bank", "Kestrel Vanta"]


def test_a_big_city_tagged_as_an_organisation_is_the_organisation() -> None:
    from storyline.extract.entity_lexicon import lexicon
    from storyline.extract.entity_linking import link_mentions
    from storyline.extract.entity_tokens import Candidate

    city = sorted(lexicon().cities)[0].title()  # any big city that is no capital
    text = f"{city} Motor Corp. cut its forecast. {city} said sales fell."
    found = [
        Candidate(0, len(city) + 16, f"{city} Motor Corp.", "ORG"),
        Candidate(text.index(" said") - len(city), text.index(" said"), city, "ORG"),
    ]
    entities, _ = link_mentions(found, text)
    assert [(e.name, e.type) for e in entities] == [(f"{city} Motor Corp.", "ORG")]
    alone, _ = link_mentions(found[1:], text)
    assert [(e.name, e.type) for e in alone] == [(city, "ORG")]
    capital = "Paris said so."
    placed, _ = link_mentions([Candidate(0, 5, "Paris", "ORG")], capital)
    assert [e.type for e in placed] == ["GPE"]


def test_a_unit_after_a_number_is_no_name(nlp: Any) -> None:
    text = "The Zento player comes in a 16 GB model and a 32 GB model. GB Lathe Ltd makes the case."
    _, mentions = entities_of(nlp, text)
    assert all(text[m.start : m.end] != "GB" for m in mentions), [text[m.start : m.end] for m in mentions]


def test_surname_links_to_a_full_name_with_a_generational_suffix() -> None:
    from storyline.extract.entity_linking import link_mentions
    from storyline.extract.entity_tokens import Candidate

    text = "Henry M. Varga Jr. spoke. Varga left."
    found = [Candidate(0, 18, "Henry M. Varga Jr.", "PERSON"), Candidate(26, 31, "Varga", "ORG")]
    entities, _ = link_mentions(found, text)
    assert [e.name for e in entities] == ["Henry M. Varga Jr."]


# A text, entity names found in it and names that must not be.
NAMES = [
    # Name cut after 'of' takes the next name.
    ("The trawler sank in the Bay of Biscay on Sunday.", {"Bay of Biscay"}, {"Bay of"}),
    # Organisation head does not run into a second party.
    ("He praised the deal between our Company and Aeroflot on Monday.", {"Aeroflot"}, {"Company and Aeroflot"}),
    # A hyphenated name stays whole.
    (
        "Rolls-Royce said profits rose, and Rolls-Royce hired staff. Guinea-Bissau held a vote.",
        {"Rolls-Royce", "Guinea-Bissau"},
        set(),
    ),
    # Capital before a named thing is the city.
    ("In Tokyo, the Nikkei fell, and London's FTSE 100 slid.", {"London"}, set()),
    # Capital acting with a possessive is its country.
    ("Moscow's decision angered its neighbours.", {"Russia"}, set()),
    # Capital placed in its country is the city.
    ("The new airport serves Bangkok, Thailand, and opened in 2006.", {"Bangkok", "Thailand"}, set()),
    # Two names sharing a first word in one span are two.
    ("The range includes the Zenbook and Zenbook Pro, priced apart.", {"Zenbook", "Zenbook Pro"}, set()),
    # A name repeating its first word around '&' is one.
    ("Johnson & Johnson said sales rose.", {"Johnson & Johnson"}, set()),
    # A known body in a title is the employer.
    (
        "Federal Reserve Chairman Halvard Brenn said the central bank would act.",
        {"Federal Reserve", "Halvard Brenn"},
        set(),
    ),
    # A portfolio in a title is no body.
    ("National Security Advisor Orla Quinlan spoke on Monday.", set(), {"National Security"}),
]


@pytest.mark.parametrize(("text", "found", "not_found"), NAMES)
def test_entity_names_found_in_a_text(nlp: Any, text: str, found: set[str], not_found: set[str]) -> None:
    names = {e.name for e in entities_of(nlp, text)[0]}
    assert found <= names and not not_found & names, names


def test_name_ends_before_a_trailing_conjunction(nlp: Any) -> None:
    text = "Northrop Grumman and Skyline parent company Nordic Aerospace Group won the contract."
    entities, _ = entities_of(nlp, text)
    names = [e.name for e in entities]
    assert "Northrop Grumman" in names and not any(n.endswith(" and") for n in names)


def test_office_portfolio_and_holder_are_cut_off_the_body(nlp: Any) -> None:
    text = "The memo went to Deputy Undersecretary of the Air Force for Acquisition Marla Quentin last week."
    entities, _ = entities_of(nlp, text)
    names = {e.name: e.type for e in entities}
    assert names.get("Air Force") == "ORG" and names.get("Marla Quentin") == "PERSON"
    kept = "The Director of the Institute for Democracy spoke on Friday."
    assert "Institute for Democracy" in [e.name for e in entities_of(nlp, kept)[0]]


def test_words_around_a_one_word_name_decide_its_type(nlp: Any) -> None:
    text = (
        "Flyvane said fares would rise. The Flyvane airline also cut jobs. Flyvane hired pilots. "
        "Flyvane flew more people."
    )
    assert _by_name(entities_of(nlp, text)[0], "Flyvane").type == "ORG"
    appositive = (
        "Irish budget airline, Kelbair, announced a deal. Kelbair said it would buy jets. Kelbair flies to Spain."
    )
    assert _by_name(entities_of(nlp, appositive)[0], "Kelbair").type == "ORG"
    aide = "A Putin aide said the talks were over. Putin later spoke to reporters. Putin said he was ready."
    assert _by_name(entities_of(nlp, aide)[0], "Putin").type == "PERSON"
    owned = "Apple sold its Zoomer in June. Apple said the Zoomer sold well. Shoppers liked Zoomer."
    assert _by_name(entities_of(nlp, owned)[0], "Zoomer").type == "PRODUCT"
    modifier = "A Skyair spokesman said that Skyair CEO Tom Belk would stay."
    assert _by_name(entities_of(nlp, modifier)[0], "Skyair").type == "ORG"


def test_a_known_name_does_not_end_in_a_hyphen(nlp: Any) -> None:
    text = "US-China trade talks resumed in Beijing."
    _, mentions = entities_of(nlp, text)
    assert {text[m.start : m.end] for m in mentions} >= {"US", "China"}
    assert not any(text[m.start : m.end].endswith("-") for m in mentions)


def test_a_known_name_does_not_take_a_possessive(nlp: Any) -> None:
    text = "The unit was sold to Russia's Sberbank. Shares in Standard & Poor's fell."
    spans = {text[m.start : m.end] for m in entities_of(nlp, text)[1]}
    assert "Russia" in spans and "Russia's" not in spans and "Standard & Poor's" in spans


def test_acronym_before_a_title_is_the_firm_named_in_full(nlp: Any) -> None:
    text = (
        "Shares of Norvik Motors Corp. dropped on Monday. "
        "NM Chief Executive Rick Wagner said the carmaker would cut jobs."
    )
    entities, _ = entities_of(nlp, text)
    firm = _by_name(entities, "Norvik Motors Corp.")
    assert "NM" in firm.aliases


def test_a_name_repeated_after_a_sentence_opening_article_is_found(nlp: Any) -> None:
    text = "The range includes the Zenbook and Zenbook Pro. The Zenbook Pro costs more."
    _, mentions = entities_of(nlp, text)
    assert [text[m.start : m.end] for m in mentions].count("Zenbook Pro") == 2


def test_a_gathering_is_an_event(nlp: Any) -> None:
    text = "She spoke at the Nordic Developers Conference in Oslo on Friday."
    entities = entities_of(nlp, text)[0]
    assert _by_name(entities, "Nordic Developers Conference").type == "EVENT"


def test_one_word_hyphen_one_word_stays_one_name_unless_both_are_names(nlp: Any) -> None:
    text = "Shoppers at Fal - Mart stores rose. Fal - Mart said sales grew."
    _, mentions = entities_of(nlp, text)
    assert [text[m.start : m.end] for m in mentions] == ["Fal - Mart", "Fal - Mart"]
    dateline = "Reuters - Zenix said on Monday it would hire. Zenix hired staff."
    assert "Reuters - Zenix" not in {dateline[m.start : m.end] for m in entities_of(nlp, dateline)[1]}
    pair = "Emails expose Skyward - Air Force contract talks. Skyward said the Air Force agreed."
    spans = {pair[m.start : m.end] for m in entities_of(nlp, pair)[1]}
    assert "Skyward - Air Force" not in spans and {"Skyward", "Air Force"} <= spans


def test_a_word_that_is_one_surname_and_another_given_name_is_the_surname(nlp: Any) -> None:
    text = (
        "Vice President Joseph Lee spoke on Monday. Joseph Lee said the schools need money. "
        'Amina Joseph has four children. "We need the money," said Joseph, who lives nearby.'
    )
    entities, mentions = entities_of(nlp, text)
    joseph = [m for m in mentions if text[m.start : m.end] == "Joseph"]
    assert [m.entity for m in joseph] == [_by_name(entities, "Amina Joseph").key]
