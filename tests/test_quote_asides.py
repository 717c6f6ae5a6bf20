"""Reported content that a dash aside interrupts runs on past the aside to its verb."""

from __future__ import annotations

from typing import Any

from quoting import quotes_of
from storyline.extract.quote_asides import across_asides
from storyline.records import Quote

_NOTED = (
    "But some note that Moreau \u2014 even as he says his years in the harbour trade make him "
    "the best judge of the port\u2019s books \u2014 has done little about the fees from which he has gained."
)


def _content(text: str, cue: str, start: str, end: str) -> Quote:
    """A reported content of ``cue`` from ``start`` to the end of ``end``, as the parse may give it."""
    a, b = text.index(start), text.index(end) + len(end)
    at = text.index(cue)
    return Quote(a, b, text[a:b], "indirect", cue=cue, cue_start=at, cue_end=at + len(cue))


def test_a_content_cut_where_its_aside_closes_runs_on_to_the_end_of_its_clause(nlp: Any) -> None:
    cut = _content(_NOTED, "note", "that Moreau", "port\u2019s books")
    (whole,) = across_asides([cut], nlp(_NOTED))
    assert whole.text == _NOTED[_NOTED.index("that Moreau") : -1]


def test_a_content_interrupted_by_an_aside_with_a_cue_keeps_its_verb(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, _NOTED)
    noted = [q for q in quotes if q.cue == "note"]
    assert [q.text for q in noted] == [_NOTED[_NOTED.index("that Moreau") : -1]]


def test_a_clause_after_an_appositive_aside_stays_out_of_the_content(nlp: Any) -> None:
    text = (
        "Moreau will push for a free ferry service \u2014 a dream for many islanders \u2014 "
        "while the council has called the plan too costly."
    )
    cut = _content(text, "push", "a free ferry", "islanders")
    assert across_asides([cut], nlp(text)) == [cut]
    quotes, _ = quotes_of(nlp, text)
    assert all("while" not in q.text for q in quotes if q.cue == "push")
