"""What a document's mentions tell before any description is read: the full name a person's
short name stands for, the outlet that carried the news (neither firm nor agency), and the
entity mentioned most."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

_DATELINE_DASH = re.compile(r"\)\s*[-\u2013\u2014]")


def most_mentioned(keys: Iterable[str]) -> list[str]:
    """The key met most often in ``keys`` (the first met of a tie), or none when it is empty."""
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return [max(counts, key=lambda k: counts[k])] if counts else []


def _is_outlet(text: str, span: Span, mention: Mention) -> bool:
    """ "told Reuters", "(AP) -", "Reuters reported": an outlet that carried the news is not the
    firm it reports on (a firm "reports" results: an object)."""
    if text[max(0, mention.start - 1) : mention.start] == "(" and _DATELINE_DASH.match(text, mention.end):
        return True  # "OSLO (Reuters) -": not "All Nippon Airways (ANA)"
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() == "report":
        return not any(c.dep_ == "dobj" for c in head.children)
    if root.dep_ == "pobj" and head.lower_ == "to":
        # "according to" names outlets ("according to Reuters", left to the list of known
        # outlets) as often as the source itself ("according to the Budget Office")
        root, head = head, head.head  # "spoke to Reuters", "said to the BBC"
    return root.dep_ in ("dobj", "dative", "prep") and head.lemma_.lower() in ("tell", "speak", "talk", "say")


def full_names(entities: Iterable[LocalEntity], mentions: Iterable[Mention]) -> dict[str, str]:
    """Short names of a person to the full name the same document uses ("Putin" ->
    "Vladimir Putin"); the most mentioned wins."""
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.entity] = counts.get(mention.entity, 0) + 1
    people = [e for e in entities if e.type == "PERSON"]
    words = {e.key: set(e.name.casefold().replace("-", " ").split()) for e in people}
    full = {}
    for short in people:
        longer = [e for e in people if words[short.key] < words[e.key]]
        if longer:
            full[short.key] = max(longer, key=lambda e: (counts.get(e.key, 0), len(e.name))).key
    return full


__all__ = ["full_names", "most_mentioned"]
