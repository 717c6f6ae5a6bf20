"""Reported content written before its cue is set off from the cue clause.

"Rates will rise, the bank said": a comma (or a closing mark, a dash) ends the content before
the source and its verb. Without one, the clause before a cue is no report of it: in "the rise
is lower than the 5 per cent staff had proposed", "proposed" belongs to a comparative or
relative clause whose object is gapped, and the main clause before it is the writer's own.
A relative clause that names a source between the content and its cue ("a claim that the
Kremlin has denied") reports the noun it refers to, and is kept; a free relative ("rejected
what the mayor called a fair offer") does not report the clause before it.
"""

from __future__ import annotations

import re

from storyline.records import Quote

# What ends a fronted content: a comma, a closing quotation mark, a dash, a colon or semicolon.
# A relative clause's opening word, right after the noun it refers to.
_RELATIVE = re.compile(r"\s+(?:that|which|who|whom)\b", re.IGNORECASE)
_SET_OFF = re.compile("[,;:\u2014\u2013\"\u201d\u2019']|--")


def without_unset_fronted(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes`` less the indirect ones whose content runs up to its cue clause with nothing
    setting it off."""
    return [q for q in quotes if not _unset_fronted(q, text)]


def _unset_fronted(quote: Quote, text: str) -> bool:
    if quote.kind != "indirect" or quote.cue_start is None or quote.parts or quote.end > quote.cue_start:
        return False
    named = quote.speaker_start is not None and quote.end <= quote.speaker_start <= quote.cue_start
    if named and _RELATIVE.match(text, quote.end):
        return False  # "a claim that the Kremlin has denied": the relative clause names its source
    gap = text[quote.end : quote.cue_start]
    return "\n" not in gap and _SET_OFF.search(gap) is None and _SET_OFF.search(text[quote.end - 1 : quote.end]) is None


__all__ = ["without_unset_fronted"]
