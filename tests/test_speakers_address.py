"""Whom a unit speaks to by name: after a greeting, and by a clipped first name."""

from __future__ import annotations

from storyline.speakers.address import addresses, mentions
from storyline.speakers.roster import Person
from storyline.speakers.units import Unit


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text)


GUEST = Person("Bartholomew Quist", "guest", ["Bartholomew Quist"])


def test_a_greeting_before_the_name_speaks_to_that_person() -> None:
    assert addresses(_unit("Hi Bartholomew ."), GUEST)
    assert addresses(_unit("Good morning , Bartholomew ."), GUEST)
    assert addresses(_unit("Hey Bartholomew Quist , welcome in ."), GUEST)


def test_a_clipped_first_name_speaks_to_that_person() -> None:
    assert addresses(_unit("Hi Bart ."), GUEST)
    assert addresses(_unit("So , Bart , what happened next ?"), GUEST)


def test_a_clipped_form_must_be_a_capitalized_name_of_three_letters_or_more() -> None:
    assert not addresses(_unit("Hi Ba ."), GUEST)
    assert not addresses(_unit("So , bart , fine ."), GUEST)
    assert not addresses(_unit("The bar was full ."), GUEST)


def test_a_long_surname_heard_with_a_letter_wrong_still_names_the_person() -> None:
    witness = Person("Cordelia Whitmore", "guest", ["Cordelia Whitmore"])
    assert mentions(_unit("Mrs . Whitmor spoke to the police the next day ."), witness)
    assert not mentions(_unit("Mrs . Whitby spoke to the police the next day ."), witness)


def test_a_short_surname_must_be_heard_exactly() -> None:
    assert not mentions(_unit("Mr . Quest drove home ."), GUEST)
