"""A quotation split by its attribution is one quote: ``"We will wait," she said, "and then act."``.

The writer breaks one sentence of the speaker's in two and puts the cue in the gap. Read as two
quotes, the first half says nothing alone and the second is a quote with no cue of its own. One
record holds both: ``start``/``end`` run from the first part to the last, ``text`` joins the
parts (the content only, without the cue clause between them) and ``parts`` keeps each
quotation's own span. The quote-annotation schemes of news monitoring (the Gender Gap
Tracker's single span per quote, PolNeAR's one attribution with fragments) count it once.

Only a true split is joined: the first part ends in a comma inside its marks (the sentence goes
on), the gap holds the cue and ends in a comma, and stays on one line. ``"We will wait." She
said. "Then we act."`` is two sentences, each a quote of its own.
"""

from __future__ import annotations

import dataclasses
import re

from storyline.records import Quote

# A cue clause between two parts is a few words ("Ms. Lee, the council's chair, said"); a
# longer gap holds more than the attribution. In characters, from the PolNeAR training sample.
MAX_GAP = 90
_CLOSING = "\"'\u201d\u2019 "
# The gap between two parts: the cue clause and a comma, on one line, no sentence ending in it
# (a full stop may close an abbreviation: "Sen. Lee said,").
_SPLIT_GAP = re.compile(r"[^\n!?;]*,\s*")


def join_split_quotes(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes`` with each quotation split by its cue clause joined into one quote (in text order)."""
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    out: list[Quote] = []
    for quote in ordered:
        previous = out[-1] if out else None
        if previous is not None and _continues(previous, quote, text):
            out[-1] = _joined(previous, quote)
        else:
            out.append(quote)
    return out


def _continues(first: Quote, second: Quote, text: str) -> bool:
    if first.kind != "direct" or second.kind != "direct" or first.cue_start is None:
        return False
    if not first.start < first.end <= second.start or second.start - first.end > MAX_GAP:
        return False
    if not text[first.start : first.end].rstrip(_CLOSING).endswith(","):
        return False
    if not first.end <= first.cue_start < second.start:
        return False  # the cue in the gap attributes both halves
    if not _SPLIT_GAP.fullmatch(text[first.end : second.start]):
        return False
    own_cue = second.cue_start is not None and second.cue_start != first.cue_start
    return not own_cue and second.speaker_name in (None, first.speaker_name)


def _joined(first: Quote, second: Quote) -> Quote:
    parts = first.parts or ((first.start, first.end),)
    return dataclasses.replace(
        first,
        end=second.end,
        text=f"{first.text} {second.text}",
        parts=(*parts, (second.start, second.end)),
    )


__all__ = ["join_split_quotes"]
