"""A title the tagger took for an organisation ("the GM said") still refers back to the person
the article gave that title."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of

TEXT = (
    "The Lakeview Otters dismissed their coach on Monday after a poor start to the season.\n\n"
    "General manager Colette Marchand said the decision had been made on Sunday night.\n\n"
    "Asked about the coaching job, the GM said there was no rush to fill it."
)


def test_abbreviated_title_is_the_person_so_titled(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, TEXT)
    quote = containing(quotes, "no rush to fill it")
    assert quote.speaker is not None and names[quote.speaker] == "Colette Marchand"
