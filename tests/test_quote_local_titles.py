"""Titles of local offices and courts: the title is no part of the speaker's name, and a later
description by the office's other noun ("the judge" for a Justice) refers back to the holder."""

from __future__ import annotations

from typing import Any

from quoting import assert_quote


def test_reeve_is_a_title_not_part_of_the_name(nlp: Any) -> None:
    text = 'The county met on Monday.\n\n"We will fix the roads," said Reeve Tom Brandt.'
    assert_quote(nlp, text, "fix the roads", {"speaker": "Tom Brandt", "speaker_name": "Tom Brandt"})


def test_the_judge_refers_back_to_a_justice(nlp: Any) -> None:
    text = 'Justice Ruth Okafor gave her ruling on Friday.\n\n"The harm is real," the judge wrote.'
    assert_quote(nlp, text, "harm is real", {"speaker": "Ruth Okafor", "speaker_words": "the judge"})
