"""Reported content that a dash aside interrupts: "critics note that the mayor — even as she
says she is the best judge of it — has done little to cut the budget".

A writer sets an aside off with a pair of dashes in the middle of a clause; what follows the
second dash finishes the clause the first dash interrupted. The parser, misled by the aside
(often one holding a cue of its own), may end a content at the second dash, so the content
holds an opening dash and stops where the aside closes. When the words before the aside hold
no finite verb and the words after it open with one, the aside interrupted the content's own
clause, and the content runs on to the end of its sentence: cut at the closing dash it says
nothing ("that the mayor — even as ..."). After an appositive aside ("a single-payer system — a
dream of many — while ...") or a clause with its verb, what follows is another clause.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from storyline.extract.quote_syntax import doc_text, trim
from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A dash that opens or closes an aside: an em or en dash, or two hyphens, set off by spaces
# (a hyphen inside a word, "real-estate", or a dash glued to a number range is none).
_DASH = re.compile(r"\s(?:\u2014|\u2013|--)\s|\u2014")
# What may stand between the end of a content and the dash that closes its aside.
_BEFORE_CLOSE = re.compile(r"[\s,]*(?:\u2014|\u2013|--)")
# Finite verbs and modals: the verb a subject left before the aside waits for.
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def across_asides(quotes: list[Quote], parsed: Doc) -> list[Quote]:
    """``quotes`` with each reported content cut at the dash closing an aside inside it run
    on to the end of its sentence."""
    return [_run_on(q, parsed) for q in quotes]


def _run_on(quote: Quote, parsed: Doc) -> Quote:
    if quote.kind == "direct" or quote.parts:
        return quote
    text = doc_text(parsed)
    if len(_DASH.findall(text, quote.start, quote.end)) != 1:
        return quote  # no aside opened inside the content, or one it closes itself
    close = _BEFORE_CLOSE.match(text, quote.end)
    if close is None:
        return quote
    after = parsed.char_span(close.end(), len(text), alignment_mode="expand")
    if after is None or len(after) == 0:
        return quote
    first = next((t for t in after if not t.is_space), None)
    if first is None or first.is_sent_start or first.tag_ not in _FINITE:
        return quote  # the dash ends the sentence, or what follows it is no verb the clause waits for
    opening = _DASH.search(text, quote.start, quote.end)
    before = parsed.char_span(quote.start, opening.start() if opening else quote.end, alignment_mode="contract")
    if before is None or any(t.tag_ in _FINITE for t in before):
        return quote  # the clause has its verb before the aside: what follows is another clause
    end = first.sent.end_char
    if quote.cue_start is not None and quote.end <= quote.cue_start < end:
        return quote  # the verb after the aside is the cue's own: the content is before it
    if "\n" in text[quote.end : end]:
        end = quote.end + text[quote.end : end].index("\n")
    span = trim(text, quote.start, end)
    if span is None or span[1] <= quote.end:
        return quote
    return dataclasses.replace(quote, end=span[1], text=text[quote.start : span[1]])


__all__ = ["across_asides"]
