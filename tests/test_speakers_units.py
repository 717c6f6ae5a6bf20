"""Sentence units of an ASR transcript: an abbreviated title stays with the name after it."""

from __future__ import annotations

from storyline.speakers.units import split_units


def test_a_spaced_off_title_stop_does_not_end_the_sentence() -> None:
    text = "I saw the truck .\nMrs . Whitmore told the police the next day .\nDr. Lind agreed ."
    assert [u.text for u in split_units(text, None)] == [
        "I saw the truck .",
        "Mrs . Whitmore told the police the next day .",
        "Dr. Lind agreed .",
    ]


def test_a_sentence_ending_in_a_word_like_a_title_still_ends() -> None:
    text = "We met at the corner of Main St .\nThen we walked home ."
    assert [u.text for u in split_units(text, None)] == ["We met at the corner of Main St .", "Then we walked home ."]
