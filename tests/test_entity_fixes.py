"""Corrections over found mentions: amounts, currencies and facility names."""

from __future__ import annotations

from storyline.extract.entity_filters import is_junk, is_unit
from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_tokens import Candidate


def _cand(text: str, name: str, label: str) -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), name, label)


def test_an_amount_is_no_name() -> None:
    assert is_junk(_cand("It costs US $299 now.", "US $299", "EVENT"), lexicon())
    assert not is_junk(_cand("The US said so.", "US", "GPE"), lexicon())


def test_a_country_naming_a_currency_is_no_mention() -> None:
    text = "Tickets sold for 40 Canadian dollars in Canada, or 30 US dollars."
    assert is_unit(text, _cand(text, "US", "GPE"), lexicon())
    assert not is_unit(text, _cand(text, "Canada", "GPE"), lexicon())


def test_an_airport_with_and_without_international_is_one_facility() -> None:
    lex = lexicon()
    assert lex.facility_signature("tarlow international airport") == lex.facility_signature("tarlow airport")
    assert lex.facility_signature("tarlow airport") != lex.facility_signature("brenn airport")
