"""A quotation split by its attribution is one quote: ``"We will wait," she said, "and then act."``.

The writer breaks one sentence of the speaker's in two and puts the cue in the gap. Read as two
quotes, the first half says nothing alone and the second is a quote with no cue of its own. One
record holds both: ``start``/``end`` run from the first part to the last, ``text`` joins the
parts (the content only, without the cue clause between them) and ``parts`` keeps each
quotation's own span. The quote-annotation schemes of news monitoring (the Gender Gap
Tracker's single span per quote, PolNeAR's one attribution with fragments) count it once.

Only a true split is joined: the first part ends in a comma inside its marks (the sentence goes
on), the gap holds the cue and ends in a comma, and stays on one line. ``"We will wait." She
said. "Then we act."`` is two sentences, each a quote of its own. Reported speech splits the
same way around a cue set off by commas ("The museum, she said, will open in May"): the two
halves of the clause, each read as a complement of the cue, are one indirect quote. A
conjunction may carry the sentence on after the cue ('"I like him," she said, but "he is
wrong."'), and then the first half may be reported or mixed too ('Most were young, she said,
and "I had to stop."': one mixed quote); without one, a quotation after a reported half is no
second half ('Lee said in his book, "A Life."').
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
# (a full stop may close an abbreviation: "Sen. Lee said,"), and maybe a conjunction that
# carries the sentence on ("she said, but", "Lee said, and still").
_SPLIT_GAP = re.compile(r"[^\n!?;]*,\s*(?:(?:and|but)\s+(?:(?:still|then|also)\s+)?)?")
# A gap whose conjunction carries a reported or mixed first half on into a quotation.
_CARRIED_ON = re.compile(r",\s*(?:and|but)\s+(?:(?:still|then|also)\s+)?$")
# A reported half that stops at its verb ("There was, she said, ...", "It is, Lee wrote, ...")
# waits for the rest of its clause after the cue: alone it says nothing.
_UNFINISHED = re.compile(
    r"^(?:\w+\s+)?(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must)\W*$",
    re.IGNORECASE,
)
# A cue clause set off by commas inside a reported sentence.
_PARENTHETICAL = re.compile(r"\s*,[^\n!?;]*,\s*")


def join_split_quotes(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes`` with each quotation split by its cue clause joined into one quote (in text order)."""
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    out: list[Quote] = []
    for quote in ordered:
        at = len(out) - 1
        if at > 0 and out[at - 1].start <= out[at].start and out[at].end <= out[at - 1].end:
            at -= 1  # a quote nested in the one before it ("to welcome [the mayor]") stands aside
        if at >= 0 and _continues(out[at], quote, text):
            out[at] = _joined(out[at], quote)
        else:
            out.append(quote)
    return out


# A dash that sets a quotation after the reported words it sums up ("- 'my best friend.'"); a
# quotation after a colon, or one opening with a capital, is a sentence of its own.
_APPOSITION = re.compile(r"\s*[-\u2013\u2014]\s*")
_LOWER_OPENING = re.compile(r"[\"'\u201c\u2018]+[a-z]")


def _appended(first: Quote, second: Quote, text: str) -> bool:
    """'asked the crowd to welcome the mayor - "my new best friend."': a phrase in marks set off
    by a dash right after a reported content of the same cue."""
    if first.kind == "direct" or second.kind != "direct" or second.cue_start != first.cue_start:
        return False
    if first.cue_start is None or first.cue_start >= first.start:
        return False  # the cue stands before the content it introduces
    opens_lower = _LOWER_OPENING.match(text, second.start) is not None
    return opens_lower and _APPOSITION.fullmatch(text, first.end, second.start) is not None


def unfinished(content: str) -> bool:
    """Whether a reported content is a subject and a verb waiting for the rest ("It was")."""
    return _UNFINISHED.match(content.strip()) is not None


def without_fragments(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` without reported halves left unfinished ("That was what Lee said": "That
    was"); a half joined to its rest is kept in the joined quote."""
    return [q for q in quotes if q.kind != "indirect" or q.parts or not unfinished(q.text)]


def _continues(first: Quote, second: Quote, text: str) -> bool:
    if first.cue_start is None or not first.start < first.end <= second.start:
        return False
    if _appended(first, second, text):
        return True
    if second.start - first.end > MAX_GAP or not first.end <= first.cue_start < second.start:
        return False  # the cue in the gap attributes both halves
    if second.speaker_name not in (None, first.speaker_name):
        return False
    gap = text[first.end : second.start]
    if second.kind == "direct":
        # '"We will wait," she said, "and then act."'; also a reported or mixed first half
        # ('Most were young, she said, and "I had to stop."', 'Lee is "clever," Mena wrote, and "rotten."')
        if first.kind == "direct":
            if not text[first.start : first.end].rstrip(_CLOSING).endswith(","):
                return False
        elif _CARRIED_ON.search(gap) is None and not unfinished(first.text):
            return False  # 'Lee said in his book, "A Life."': a title after the cue, no second half
        own_cue = second.cue_start is not None and second.cue_start != first.cue_start
        return not own_cue and _SPLIT_GAP.fullmatch(gap) is not None
    if "direct" in (first.kind, second.kind):
        return False
    # "The museum, she said, will open in May": one reported sentence around its cue.
    return second.cue_start == first.cue_start and _PARENTHETICAL.fullmatch(gap) is not None


def _joined(first: Quote, second: Quote) -> Quote:
    parts = first.parts or ((first.start, first.end),)
    return dataclasses.replace(
        first,
        kind=first.kind if first.kind == second.kind else "mixed",
        end=second.end,
        text=f"{first.text} {second.text}",
        parts=(*parts, (second.start, second.end)),
    )


__all__ = ["join_split_quotes", "unfinished", "without_fragments"]
