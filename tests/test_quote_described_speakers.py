"""A description speaker ("the minister said") is the one person the article described that way;
when two fit, it stays the description with no entity."""

from __future__ import annotations

import dataclasses
from typing import Any

from documents import text_document
from quoting import assert_quote, containing
from storyline.extract.entities import find_entities
from storyline.extract.quotes import find_quotes

ONE = (
    "Health Minister Ana Roy announced funding for three clinics on Monday.\n\n"
    "Opposition critic Tom Vale called the plan too small.\n\n"
    "The minister said the clinics would open by spring."
)
TWO = (
    "Health Minister Ana Roy and Finance Minister Ben Oakes toured three clinics on Monday.\n\n"
    "The minister said the clinics would open by spring."
)


def test_the_one_minister_named_is_the_speaker(nlp: Any) -> None:
    assert_quote(nlp, ONE, "would open by spring", {"speaker": "Ana Roy"})


def test_two_ministers_leave_the_minister_unresolved(nlp: Any) -> None:
    assert_quote(nlp, TWO, "would open by spring", {"speaker": None, "speaker_name": "The minister"})


def test_of_two_ministers_the_one_who_spoke_goes_on_speaking(nlp: Any) -> None:
    text = (
        "Health Minister Ana Roy said the money would go to three clinics.\n\n"
        "She toured them on Monday with Finance Minister Ben Oakes.\n\n"
        "The minister said the clinics would open by spring."
    )
    assert_quote(nlp, text, "would open by spring", {"speaker": "Ana Roy"})


def test_a_modifier_picks_one_of_two_ministers(nlp: Any) -> None:
    text = TWO.replace("The minister said", "The finance minister said")
    assert_quote(nlp, text, "would open by spring", {"speaker": "Ben Oakes"})


def test_a_sports_position_before_a_name_is_no_part_of_it(nlp: Any) -> None:
    text = (
        "Goaltender Mikael Stroud made 34 saves as the Ravens won 3-1 on Saturday.\n\n"
        "Stroud said the team had finally found its rhythm."
    )
    assert_quote(nlp, text, "found its rhythm", {"speaker": "Mikael Stroud"})


def test_the_board_is_the_board_named_before(nlp: Any) -> None:
    text = (
        "The Eastbrook District School Board voted on Tuesday to close two rural schools.\n\n"
        "The board said enrolment had fallen by a third in five years."
    )
    assert_quote(nlp, text, "enrolment had fallen", {"speaker": "Eastbrook District School Board"})


def test_police_is_the_police_force_named_before(nlp: Any) -> None:
    text = (
        "The Millbrook Police Service arrested two men on Friday after a break-in at a pharmacy.\n\n"
        "Police said more arrests were possible."
    )
    assert_quote(nlp, text, "more arrests", {"speaker": "Millbrook Police Service"})


def test_officials_are_not_the_office_named_before(nlp: Any) -> None:
    text = (
        "The Millbrook Health Department opened a clinic on Friday.\n\n"
        "Officials said the clinic would stay open all winter."
    )
    assert_quote(nlp, text, "stay open", {"speaker": None})


def test_an_apposition_describes_the_person_for_a_later_description(nlp: Any) -> None:
    text = (
        "On Monday Lena Ostrander, the minister, announced funding for three clinics.\n\n"
        "Opposition critic Tom Vale called the plan too small.\n\n"
        '"We will open them by spring," the minister said.'
    )
    assert_quote(nlp, text, "open them by spring", {"speaker": "Lena Ostrander"})


def test_a_description_no_one_was_given_stays_unresolved(nlp: Any) -> None:
    text = (
        "Health Minister Ana Roy announced funding for three clinics on Monday.\n\n"
        '"It is far too little," the coach said.'
    )
    assert_quote(nlp, text, "far too little", {"speaker": None, "speaker_name": "the coach"})


def test_one_person_split_in_two_entities_is_still_one(nlp: Any) -> None:
    """The tagger may give one person two entities ("Ostrander Says" of a headline apart from "Lena Ostrander");
    both described as the minister, they are one person, not two ministers."""
    text = (
        "Health Minister Lena Ostrander announced funding for three clinics on Monday.\n\n"
        "Minister Ostrander, who toured a clinic, spoke for an hour.\n\n"
        "It was, the minister said, a start and not an end."
    )
    document = text_document(text, None)
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    person = next(e for e in entities if e.name == "Lena Ostrander")
    split = dataclasses.replace(person, key="split", name="Ostrander Says", aliases=())
    second = text.index("Minister Ostrander") + len("Minister ")
    mentions = tuple(dataclasses.replace(m, entity="split") if m.start == second else m for m in mentions)
    assert any(m.entity == "split" for m in mentions)
    quotes = find_quotes(document, parsed, (*entities, split), mentions)
    assert containing(quotes, "a start").speaker in (person.key, "split")


def test_an_abbreviated_title_refers_back_to_the_title_written_out(nlp: Any) -> None:
    text = (
        "Marlow Foods chief executive Petra Lund said sales rose in the spring.\n\n"
        "The CEO said the company would open two plants next year."
    )
    assert_quote(nlp, text, "open two plants", {"speaker": "Petra Lund"})


def test_a_title_written_out_refers_back_to_its_abbreviation(nlp: Any) -> None:
    text = (
        "Ravens GM Colin Marsh traded two forwards on Friday.\n\n"
        "The general manager said the team needed more speed on the wing."
    )
    assert_quote(nlp, text, "needed more speed", {"speaker": "Colin Marsh"})


def test_the_doctor_is_the_person_named_with_dr(nlp: Any) -> None:
    text = "Dr. Hanna Voss runs the only clinic in the valley.\n\nThe doctor said she sees 60 patients a day."
    assert_quote(nlp, text, "sees 60 patients", {"speaker": "Hanna Voss"})


def test_two_chief_executives_leave_the_ceo_unresolved(nlp: Any) -> None:
    text = (
        "Marlow Foods chief executive Petra Lund met Tern Dairy chief executive Ivo Brandt on Monday.\n\n"
        "The CEO said the two companies would share a warehouse."
    )
    assert_quote(nlp, text, "share a warehouse", {"speaker": None})


def test_a_capitalised_title_opening_the_sentence_describes_the_name(nlp: Any) -> None:
    text = (
        "General manager Colin Marsh announced the trade on Friday.\n\n"
        "The general manager said the team needed more speed on the wing."
    )
    assert_quote(nlp, text, "needed more speed", {"speaker": "Colin Marsh"})
