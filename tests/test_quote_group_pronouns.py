"""A "they" that speaks refers to a group described, not named, in two sure places."""

from __future__ import annotations

from typing import Any

from quoting import assert_quote


def test_they_in_a_clause_set_into_the_sentence_is_its_plural_subject(nlp: Any) -> None:
    text = (
        "The council met on Monday.\n\n"
        "Supporters of the new bridge, including the chamber of commerce, have urged the council "
        "to approve it, although they say they want some changes to the design."
    )
    assert_quote(
        nlp,
        text,
        "want some changes",
        {"speaker_name": "Supporters of the new bridge", "speaker_words": "they"},
    )


def test_they_refers_to_the_plural_noun_that_spoke_in_the_sentence_before(nlp: Any) -> None:
    text = (
        "The council met on Monday.\n\n"
        "Farmers in the valley said the drought had cut their harvest by half. "
        "\u201cWe have never seen a summer like this one,\u201d they said."
    )
    assert_quote(nlp, text, "never seen", {"speaker_name": "Farmers in the valley", "speaker_words": "they"})


def test_they_after_a_named_person_stays_unresolved(nlp: Any) -> None:
    text = (
        "The council met on Monday. Ann Lee spoke first.\n\n"
        "\u201cWe have never seen a summer like this one,\u201d they said."
    )
    assert_quote(nlp, text, "never seen", {"speaker": None, "speaker_name": "they"})
