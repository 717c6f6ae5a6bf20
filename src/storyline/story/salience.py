"""How central and widely reported a story event is, in 0..1.

A weighted sum of signals each scaled to 0..1: the number of sources and of mentions
(log-scaled against the most reported event), how central its participants are (their
share of entity mentions in the corpus, against the most mentioned entity), whether it is a
named event type or a plain action ("other"), whether the text dates it, its status, and
how many reports name its date in their text (a day many sources write down is a day that
mattered: the signal timeline-summarisation baselines rank dates by). The weights were set by
hand so that a dated, named, widely reported event involving the main actors ranks first;
they are not fitted to a benchmark.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from storyline.records import StoryEvent

WEIGHTS = {
    "sources": 0.2,
    "mentions": 0.1,
    "centrality": 0.15,
    "named": 0.1,
    "dated": 0.1,
    "status": 0.05,
    "date_support": 0.3,
}
STATUS_WEIGHT = {"occurred": 1.0, "claimed": 0.7, "denied": 0.6, "expected": 0.7, "planned": 0.7, "hypothetical": 0.3}
DATE_WEIGHT = {"clause": 1.0, "sentence": 0.8, "context": 0.6, "document": 0.5}


def salience(
    items: Sequence[StoryEvent], mention_counts: Mapping[str, int], date_support: Mapping[str, int] | None = None
) -> list[float]:
    """One salience per story event, in the order given.

    ``date_support`` maps a date value to the number of reports that write it in their text.
    """
    support = date_support or {}
    most_support = max(support.values(), default=1) or 1
    most_sources = max((len(s.sources) for s in items), default=1)
    most_mentions = max((len(s.events) for s in items), default=1)
    most_entity = max(mention_counts.values(), default=1) or 1
    scores = []
    for item in items:
        centrality = max((mention_counts.get(p, 0) for p in item.participants), default=0) / most_entity
        parts = {
            "sources": math.log1p(len(item.sources)) / math.log1p(most_sources),
            "mentions": math.log1p(len(item.events)) / math.log1p(most_mentions),
            "centrality": math.sqrt(centrality),
            "named": 1.0 if item.type != "other" else 0.3,
            "dated": DATE_WEIGHT.get(item.date.basis, 0.5) if item.date else 0.0,
            "status": STATUS_WEIGHT.get(item.status, 0.5),
            "date_support": math.log1p(support.get(item.date.value, 0)) / math.log1p(most_support)
            if item.date and item.date.basis != "document"
            else 0.0,
        }
        scores.append(round(sum(WEIGHTS[k] * v for k, v in parts.items()), 4))
    return scores


__all__ = ["salience"]
