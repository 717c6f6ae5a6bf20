"""A quotation that runs over several paragraphs is one quote.

News style opens each paragraph of a long quotation with a mark and closes only the last one
(quote_marks chains the paragraphs). The paragraphs after the first have no cue of their own:
read alone, each is a quote continuing the speaker. The Gender Gap Tracker annotates the whole
run as one quote, as one would read it; one record holds it here: ``start``/``end`` run from the
first paragraph to the last and ``parts`` keeps each paragraph's own span.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from storyline.extract.quote_marks import MarkedSpan
from storyline.records import Quote


def join_paragraph_runs(quotes: list[Quote], marked: Sequence[MarkedSpan]) -> list[Quote]:
    """``quotes`` (in text order) with the paragraphs of each chained quotation joined."""
    open_ends = {m.end: m.chain for m in marked if not m.closed}
    chain_of = {m.start: m.chain for m in marked}
    out: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        previous = out[-1] if out else None
        if previous is not None and _continues(previous, quote, open_ends, chain_of):
            parts = previous.parts or ((previous.start, previous.end),)
            out[-1] = dataclasses.replace(
                previous,
                end=quote.end,
                text=f"{previous.text}\n\n{quote.text}",
                parts=(*parts, *(quote.parts or ((quote.start, quote.end),))),
            )
        else:
            out.append(quote)
    return out


def _continues(first: Quote, second: Quote, open_ends: dict[int, int], chain_of: dict[int, int]) -> bool:
    chain = open_ends.get(first.end)
    return (
        chain is not None
        and first.kind == second.kind == "direct"
        and second.cue is None
        and chain_of.get(second.start) == chain
        and second.speaker_name == first.speaker_name
    )


__all__ = ["join_paragraph_runs"]
