"""The sex a pronoun cue needs of its antecedent: titles and pronouns outweigh first-name lists."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of

# "Terry" stands in the list of male first names; the women below bear it.


def test_a_title_on_the_full_name_outweighs_the_first_name_list(nlp: Any) -> None:
    text = "Ms. Terry Vance met Tom Hale at the shelter on Monday.\n\nShe said the shelter had run out of beds."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "run out of beds")
    assert quote.speaker is not None and names[quote.speaker] == "Terry Vance"


def test_she_takes_the_only_person_named_before_whatever_the_first_name_list(nlp: Any) -> None:
    text = "Terry Vance runs the animal shelter in the valley.\n\nShe said the shelter had run out of beds."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "run out of beds")
    assert quote.speaker is not None and names[quote.speaker] == "Terry Vance"


def test_a_person_also_called_he_keeps_the_listed_sex(nlp: Any) -> None:
    text = (
        "Terry Vance opened the shelter in May. He has run it since.\n\n"
        "Later in the year the council cut its budget. She said the shelter had run out of beds."
    )
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "run out of beds").speaker is None


def test_a_woman_described_before_the_pronoun_keeps_it_from_the_named_man(nlp: Any) -> None:
    text = "Terry Vance runs the shelter with his wife.\n\nShe said the shelter had run out of beds."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "run out of beds").speaker is None


def test_a_woman_named_within_reach_keeps_she_from_the_listed_man(nlp: Any) -> None:
    text = (
        "Ann Cole chairs the board of the shelter. Terry Vance runs it from day to day.\n\n"
        "She said the shelter had run out of beds."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "run out of beds")
    assert quote.speaker is None or names[quote.speaker] != "Terry Vance"


def test_she_after_two_persons_makes_neither_a_woman(nlp: Any) -> None:
    text = "Tom Hale met Terry Vance at the shelter.\n\nShe said the shelter had run out of beds."
    quotes, _ = quotes_of(nlp, text)
    assert containing(quotes, "run out of beds").speaker is None


def test_a_noun_of_one_sex_before_the_full_name_outweighs_the_first_name_list(nlp: Any) -> None:
    text = (
        "Tom Hale opened the shelter in May.\n\n"
        '"We need beds," said the widow Terry Vance, who runs the kitchen there.\n\n'
        "She said the shelter had run out of beds."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "run out of beds")
    assert quote.speaker is not None and names[quote.speaker] == "Terry Vance"


def test_a_person_the_narrative_calls_he_is_no_antecedent_of_she(nlp: Any) -> None:
    # No first name tells this senator's sex; the "he" after the name does.
    text = (
        'Senator Obrecht spoke to the crowd in May. He said the plant would stay open.\n\n"It will be fine," she said.'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "It will be fine")
    assert quote.speaker is None and quote.speaker_name == "she"
