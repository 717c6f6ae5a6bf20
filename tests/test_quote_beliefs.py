"""Reported beliefs, hopes and judgements: cues that are not verbs of speech."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of


def test_regular_forms_of_hope_are_cues(nlp: Any) -> None:
    # The lemmatizer reads "hopes" and "hoped" as forms of "hop".
    text = "Governor Alma Reyes hopes her latest endorsement will lift her campaign. Her aides had hoped to win the county."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "her latest endorsement will lift")
    assert quote.speaker is not None and names[quote.speaker] == "Alma Reyes"
    assert containing(quotes, "to win the county")

