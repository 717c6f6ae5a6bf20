"""Guests introduced in the forms the roster's plain "joined by NAME" does not read: a short role
with no comma before the name, an abbreviated title, a colleague by what they cover for the show.
Transcripts written for the purpose, in ASR style (one sentence a line, punctuation spaced off)."""

from __future__ import annotations

from typing import Any

from storyline.speakers.roster import build_roster
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice


def _guests(nlp: Any, text: str) -> list[str]:
    return [p.name for p in build_roster(text, nlp(text)).guests()]


ROLE_NO_COMMA = """From Valley Radio , this is Old Maps .
I'm Petra Lund .
Today I'm joined by the geographer Nils Ostberg , who has collected maps for thirty years .
Nils , welcome .
Thanks , Petra .
"""


def test_a_short_role_before_the_name_with_no_comma_introduces_a_guest(nlp: Any) -> None:
    assert "Nils Ostberg" in _guests(nlp, ROLE_NO_COMMA)


TITLED = """Welcome to Garden Hour .
I'm Ivo Marsh .
And I'm here with a soil scientist who has dug in every county , Dr. Alma Reyes from the Hill Institute .
Hi , Ivo .
"""


def test_a_guest_with_an_abbreviated_title_after_here_with_is_on_the_roster(nlp: Any) -> None:
    assert "Alma Reyes" in _guests(nlp, TITLED)


COVERS = """Good morning , this is City Desk .
I'm Rhea Stone .
Now to the council , which voted late last night .
Tobias Wenzelmann covers city hall for us .
Tobias , what happened ?
Well , Rhea , the vote was close .
"""


def test_a_colleague_who_covers_a_beat_for_us_is_a_guest_even_with_an_unfamiliar_surname(nlp: Any) -> None:
    assert "Tobias Wenzelmann" in _guests(nlp, COVERS)


def test_an_answer_after_the_colleague_is_handed_the_floor_is_theirs(nlp: Any) -> None:
    document, turns = _turns(nlp, COVERS)
    assert _voice(document, turns, "Well , Rhea") == ("Tobias Wenzelmann", "guest")


NARRATED = """This is Main Street .
I'm Odile Brandt .
The only shoe shop in Harwick is on the corner by the church .
Teodor Lisowski has repaired shoes there for forty years .
I open at seven , and the first customer is always waiting .
Most of them bring boots .
His daughter is Maria .
She keeps the books now .
Maria says the shop has never made much money .
It pays the rent .
My father would fix your shoe for nothing if you asked nicely .
"""


def test_a_person_presented_by_full_name_before_tape_in_the_first_person_is_a_guest(nlp: Any) -> None:
    assert "Teodor Lisowski" in _guests(nlp, NARRATED)


def test_a_second_person_whose_own_words_follow_their_says_is_a_guest_too(nlp: Any) -> None:
    assert "Maria" in _guests(nlp, NARRATED)


def test_a_newsmaker_described_before_the_hosts_own_comment_is_no_guest(nlp: Any) -> None:
    text = "I'm Odile Brandt .\nMarta Quill is the mayor of Harwick .\nShe won by ten votes .\n"
    assert "Marta Quill" not in _guests(nlp, text)


TWO_WAY_CLOSE = """Good morning , this is City Desk .
I'm Rhea Stone .
Tobias Wenzelmann covers city hall for us .
Tobias , what happened ?
Well , Rhea , the vote was close .
Seven to six , after midnight .
Tobias Wenzelmann at city hall , thanks .
You bet .
"""


def test_you_bet_after_thanks_is_the_answer_of_the_one_thanked(nlp: Any) -> None:
    document, turns = _turns(nlp, TWO_WAY_CLOSE)
    assert _voice(document, turns, "You bet .") == ("Tobias Wenzelmann", "guest")


def test_a_public_figure_named_in_full_before_the_hosts_own_words_is_no_guest(nlp: Any) -> None:
    text = (
        "I'm Odile Brandt .\nTeodor Lisowski has repaired shoes for forty years .\nI open at seven .\n"
        "Senator Grace Holloway says the shop tax should double .\nIt is a bad idea .\nI would never vote for that .\n"
    )
    assert "Grace Holloway" not in _guests(nlp, text)


def test_a_host_misspelled_in_the_sign_off_keeps_the_sign_in_spelling(nlp: Any) -> None:
    # each sign-in counts once, whether or not the tagger also calls its name a person
    text = (
        "This is The Morning Ledger .\nI'm Dana Whitfield .\nAnd I'm Marcus Obi .\nToday , the budget .\n"
        "That's The Morning Ledger for today .\nI'm Dana Whitfeld .\nAnd I'm Marcus Obee .\n"
    )
    hosts = [p.name for p in build_roster(text, nlp(text)).hosts()]
    assert hosts == ["Dana Whitfield", "Marcus Obi"]


def test_a_presenting_sentence_is_read_whole_across_an_abbreviation(nlp: Any) -> None:
    # the sentence is the speakers stage's unit: "St." does not end it before the tape
    text = (
        "This is Hill Country. I'm Odile Brandt. The bees are dying here. Mara Quist has kept bees on the hill "
        "above St. Agnes for forty years. I lost half my hives last spring, and the rest are weak.\n"
    )
    assert "Mara Quist" in _guests(nlp, text)


def test_a_person_presented_before_tape_is_a_guest_without_a_parse() -> None:
    text = (
        "I'm Odile Brandt.\nThe only shoe shop in Harwick is on the corner.\n"
        "Teodor Lisowski has repaired shoes there for forty years.\nI open at seven, and the first customer waits.\n"
    )
    assert [p.name for p in build_roster(text, None).guests()] == ["Teodor Lisowski"]


def test_a_guest_introduced_with_an_abbreviated_title_after_our_guest_is_on_the_roster(nlp: Any) -> None:
    text = "Welcome to Garden Hour .\nI'm Ivo Marsh .\nMy guest today is Mr. Tomasz Wierzbicki .\nTomasz , welcome .\n"
    assert "Tomasz Wierzbicki" in _guests(nlp, text)


def test_a_sentence_opening_with_and_and_a_first_name_presents_no_full_name() -> None:
    text = (
        "I'm Odile Brandt.\nThe shop was quiet that winter.\n"
        "And Jack was the one who kept it open.\nI never asked why, and I never will.\n"
    )
    assert [p.name for p in build_roster(text, None).guests()] == []
