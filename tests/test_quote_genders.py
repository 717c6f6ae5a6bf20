"""The sex a pronoun cue needs of its antecedent: titles and pronouns outweigh first-name lists."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import containing, quote_fields, quotes_of

# "Terry" stands in the list of male first names; the women below bear it.


# A text whose last sentence is "She said the shelter had run out of beds.", and the speaker of that
# quote (None: no one).
SHE_SAID = [
    # A title on the full name outweighs the first name list.
    (
        "Ms. Terry Vance met Tom Hale at the shelter on Monday.\n\nShe said the shelter had run out of beds.",
        "Terry Vance",
    ),
    # She takes the only person named before whatever the first name list.
    ("Terry Vance runs the animal shelter in the valley.\n\nShe said the shelter had run out of beds.", "Terry Vance"),
    # A person also called he keeps the listed sex.
    (
        (
            "Terry Vance opened the shelter in May. He has run it since.\n\n"
            "Later in the year the council cut its budget. She said the shelter had run out of beds."
        ),
        None,
    ),
    # A woman described before the pronoun keeps it from the named man.
    ("Terry Vance runs the shelter with his wife.\n\nShe said the shelter had run out of beds.", None),
    # She after two persons makes neither a woman.
    ("Tom Hale met Terry Vance at the shelter.\n\nShe said the shelter had run out of beds.", None),
    # A noun of one sex before the full name outweighs the first name list.
    (
        (
            "Tom Hale opened the shelter in May.\n\n"
            '"We need beds," said the widow Terry Vance, who runs the kitchen there.\n\n'
            "She said the shelter had run out of beds."
        ),
        "Terry Vance",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SHE_SAID)
def test_the_person_she_said_refers_to(nlp: Any, text: str, speaker: str | None) -> None:
    assert quote_fields(nlp, text, "run out of beds")["speaker"] == speaker


def test_a_woman_named_within_reach_keeps_she_from_the_listed_man(nlp: Any) -> None:
    text = (
        "Ann Cole chairs the board of the shelter. Terry Vance runs it from day to day.\n\n"
        "She said the shelter had run out of beds."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "run out of beds")
    assert quote.speaker is None or names[quote.speaker] != "Terry Vance"


def test_a_person_the_narrative_calls_he_is_no_antecedent_of_she(nlp: Any) -> None:
    # No first name tells this senator's sex; the "he" after the name does.
    text = (
        'Senator Obrecht spoke to the crowd in May. He said the plant would stay open.\n\n"It will be fine," she said.'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "It will be fine")
    assert quote.speaker is None and quote.speaker_name == "she"
