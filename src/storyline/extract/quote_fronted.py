"""Reported content written before its cue is set off from the cue clause.

"Rates will rise, the bank said": a comma (or a closing mark, a dash) ends the content before
the source and its verb. Without one, the clause before a cue is no report of it: in "the rise
is lower than the 5 per cent staff had proposed", "proposed" belongs to a comparative or
relative clause whose object is gapped, and the main clause before it is the writer's own.
A cue with an object of its own after it ("..., the group pushes its tally past a billion",
"...: the rebels declared war") has that object to report, not the clause before it; the
object of a verb of telling ("..., she told reporters") is the hearer, and a name the parser
takes for the object of an inverted cue ("..., said Ann Reid") is the speaker.
A relative clause that names a source between the content and its cue ("a claim that the
Kremlin has denied") reports the noun it refers to, and is kept; a free relative ("rejected
what the mayor called a fair offer") does not report the clause before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# What ends a fronted content: a comma, a closing quotation mark, a dash, a colon or semicolon.
# A relative clause's opening word, right after the noun it refers to.
_RELATIVE = re.compile(r"\s+(?:that|which|who|whom)\b", re.IGNORECASE)
_SET_OFF = re.compile("[,;:\u2014\u2013\"\u201d\u2019']|--")
# Cues whose object is the person told, not what was said ("..., she told reporters").
_TELLING = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "advise", "notify", "brief", "write"})


def without_unset_fronted(quotes: list[Quote], text: str, parsed: Doc | None = None) -> list[Quote]:
    """``quotes`` less the indirect ones whose content runs up to its cue clause with nothing
    setting it off, and (with the document's parse) those whose cue has an object of its own."""
    return [
        q for q in quotes if not _unset_fronted(q, text) and not (parsed is not None and _cue_has_object(q, parsed))
    ]


def _cue_has_object(quote: Quote, parsed: Doc) -> bool:
    """Whether the cue after a fronted content has a direct object of its own (see the docstring)."""
    if quote.kind != "indirect" or quote.cue_start is None or quote.parts or quote.end > quote.cue_start:
        return False
    if (quote.cue or "").lower() in _TELLING:
        return False
    cue = next((t for t in parsed if t.idx == quote.cue_start), None)
    if cue is None:
        return False
    speaker = (quote.speaker_start, quote.speaker_end)
    for child in cue.children:
        if child.dep_ != "dobj" or child.i < cue.i:
            continue
        if speaker[0] is not None and speaker[1] is not None and speaker[0] <= child.idx < speaker[1]:
            continue  # "..., said Ann Reid": the name the parser took for an object is the speaker
        return True
    return False


def _unset_fronted(quote: Quote, text: str) -> bool:
    if quote.kind != "indirect" or quote.cue_start is None or quote.parts or quote.end > quote.cue_start:
        return False
    named = quote.speaker_start is not None and quote.end <= quote.speaker_start <= quote.cue_start
    if named and _RELATIVE.match(text, quote.end):
        return False  # "a claim that the Kremlin has denied": the relative clause names its source
    gap = text[quote.end : quote.cue_start]
    return "\n" not in gap and _SET_OFF.search(gap) is None and _SET_OFF.search(text[quote.end - 1 : quote.end]) is None


__all__ = ["without_unset_fronted"]
