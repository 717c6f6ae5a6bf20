"""The object a cue reports, with the phrase that says whose it is."""

from __future__ import annotations

from typing import Any

from quoting import quotes_of


def test_a_by_phrase_naming_an_actor_after_the_object_belongs_to_it(nlp: Any) -> None:
    text = "Former staff described rude treatment by Moreau at the harbour office, where clerks worked long hours."
    quotes, _ = quotes_of(nlp, text)
    assert [q.text for q in quotes if q.cue == "describe"] == ["rude treatment by Moreau"]
