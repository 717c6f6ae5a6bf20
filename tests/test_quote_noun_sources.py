"""Whose words a speech noun's "that" clause holds: a "by" or "from" phrase names them."""

from __future__ import annotations

from typing import Any

from quoting import assert_quote


def test_a_claim_by_someone_is_theirs_not_the_sentence_subjects(nlp: Any) -> None:
    text = "The council ignored a claim by the union that the plan would cost hundreds of jobs in the valley."
    assert_quote(nlp, text, "would cost hundreds", {"speaker_words": "the union"})
