"""A name in marks given a show, a book or an advertisement is no quote."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of

TEXT = (
    "Senator Ana Ruiz spoke on Friday.\n\n"
    'Ruiz told NBC\'s "Morning Talk" that nobody would question her record.\n\n'
    "\u201cThere is a deep rift in the party,\u201d Ruiz said on Radio Nine\u2019s \u201cCoffee and Friends.\u201d\n\n"
    "The 30-second spot, titled \u201cGreedy,\u201d features a report on the mayor's losses.\n\n"
    'Ruiz praised Tom Pike\'s "very generous offer" on Friday.'
)


def test_titles_after_their_owner_or_titled_are_no_quotes(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    texts = [q.text for q in quotes]
    assert not [t for t in texts if "Morning Talk" in t or "Coffee and Friends" in t or "Greedy" in t]
    assert containing(quotes, "deep rift").speaker_name is not None
    assert containing(quotes, "nobody would question")


def test_a_lower_case_phrase_after_an_owner_is_still_quoted(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    assert containing(quotes, "very generous offer").kind == "mixed"
