"""A statement, speech or letter that speaks holds its author's words, when the text names the author."""

from __future__ import annotations

from typing import Any

from quoting import assert_quote


def test_according_to_a_speech_someone_gave_is_that_person(nlp: Any) -> None:
    text = "Taxes would fall for most families, according to a speech Mrs. Lee delivered last week in Denver."
    assert_quote(nlp, text, "Taxes would fall", {"speaker": "Lee", "speaker_words": "Lee"})


def test_a_possessor_of_a_speech_is_its_author(nlp: Any) -> None:
    text = "Taxes would fall for most families, according to Ann Lee's speech in Denver."
    assert_quote(nlp, text, "Taxes would fall", {"speaker": "Ann Lee", "speaker_words": "Ann Lee"})


def test_a_letter_a_pronoun_wrote_is_the_pronoun_referent(nlp: Any) -> None:
    text = "Ann Lee is the mayor. The letter she wrote to the council says that the bridge must be closed."
    assert_quote(nlp, text, "bridge must be closed", {"speaker": "Ann Lee", "speaker_words": "she"})


def test_a_report_someone_criticised_is_not_theirs(nlp: Any) -> None:
    text = "Taxes would fall for most families, according to a report Ann Lee criticised on Monday."
    assert_quote(nlp, text, "Taxes would fall", {"speaker": None, "speaker_words": "a report"})


def test_an_unresolved_possessor_leaves_the_document_as_speaker(nlp: Any) -> None:
    text = "The court met on Monday. Her submission to the court noted that the deal had never been signed."
    assert_quote(nlp, text, "never been signed", {"speaker_words": "Her submission to the court"})
