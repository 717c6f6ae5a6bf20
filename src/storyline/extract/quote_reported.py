"""Indirect and mixed quotes from parsed attributions ("Lee said the port would close"), and
the rule that a quote inside the reported words of another speaker is that speaker's."""

from __future__ import annotations

import dataclasses
import re

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import MarkedSpan
from storyline.extract.quote_records import make_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.extract.quote_syntax import Attribution, trim
from storyline.records import Quote

_WORD = re.compile(r"\w+")


def outside_reports(quotes: list[Quote], lex: QuoteLexicon) -> list[Quote]:
    """Quotes not inside the reported words of another speaker.

    In "Lee said Smith wants to leave", Smith's wish is Lee's statement: the words are Lee's, and
    a second quote credited to Smith would claim what Smith never said.
    """
    reports = [(q.start, q.end) for q in quotes if _reports_words(q, lex)]
    return [q for q in quotes if not any(_within(q, start, end) for start, end in reports)]


def _reports_words(quote: Quote, lex: QuoteLexicon) -> bool:
    """A quote of someone's words ("said ...", "according to ..."); a verb whose object is the
    content ("repeated a claim that Moscow denied") reports a thing, whose description may hold
    the statement of another source."""
    if quote.cue in lex.source_phrases:
        return True
    return quote.cue in lex.speech and quote.cue not in lex.objects


def _within(quote: Quote, start: int, end: int) -> bool:
    return start <= quote.start and quote.end <= end and end - start > quote.end - quote.start


def _in_paragraph(text: str, start: int, end: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    """A content span clipped to the cue's paragraph (the parser's sentences can run across)."""
    before = text.rfind("\n\n", start, cue_start)
    after = text.find("\n\n", cue_end, end)
    return (before + 2 if before >= 0 else start), (after if after >= 0 else end)


def _cue_only(text: str) -> bool:
    return any(w.lower() in _CUE_FORMS for w in _WORD.findall(text))


# Inflected forms of the commonest cues, for the cheap check above (no parse at hand there).
_CUE_FORMS = {"said", "says", "told", "tells", "added", "adds", "asked", "wrote", "noted"}


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def reported_quote(
    a: Attribution, marked: tuple[MarkedSpan, ...], finder: SpeakerFinder, text: str, consumed: set[MarkedSpan]
) -> Quote | None:
    """An indirect or mixed quote from a parsed attribution (None when marks make it direct)."""
    span = trim(text, *_in_paragraph(text, a.start, a.end, a.cue_start, a.cue_end))
    if span is None:
        return None
    start, end = span
    for m in marked:
        if start < m.start < end and m.start > a.cue_end and _SENTENCE_END.search(text, 0, m.start):
            # '..., he noted, may be late. "There is nothing ...," he said.': a quotation that
            # opens a new sentence after the cue is not part of its content (the parser merged
            # the two sentences).
            trimmed = trim(text, start, m.start)
            if trimmed is None:
                return None
            start, end = trimmed
            break
    inner = [m for m in marked if m.start < end and m.end > start]
    if any(_after_colon(text, start, end, m) for m in inner) and a.cue_start >= end:
        # 'Lee scolded him: "...," she said.': the quotation is what "she said"; the clause
        # before the colon is the narrative's, with a verb of its own. The direct quote holds it.
        return None
    outside = text[start:end]
    for m in sorted(inner, key=lambda m: -m.start):
        outside = outside[: max(0, m.start - start)] + " " + outside[max(0, m.end - start) :]
    if inner and _words(outside) < 2:
        return None  # the complement is the quotation itself: a direct quote, found from the marks
    if not inner and _words(outside) < 2:
        # "attacked Romney", "endorsed him", "recommended prosecution": a complement of one
        # word without marks is the cue's object, not words anyone reported.
        return None
    if _words(outside) < 4 and _cue_only(text[start:end]):
        return None  # "…, he added, he said": the complement is another cue, not content
    for m in inner:
        consumed.add(m)
        start, end = min(start, m.start), max(end, m.end)
    speaker = finder.from_token(a.source, (start, end)) if a.source is not None else None
    quote = make_quote(text, start, end, "mixed" if inner else "indirect", speaker, a.lemma, a.cue_start, a.cue_end)
    if a.parts and (start, end) == (a.parts[0][0], a.parts[-1][1]):
        # The content runs on around its cue: the text is the content's parts, not the cue.
        joined = " ".join(text[s:e] for s, e in a.parts)
        quote = dataclasses.replace(quote, text=joined, parts=a.parts)
    return quote


def _after_colon(text: str, start: int, end: int, marked: MarkedSpan) -> bool:
    """Whether ``marked`` closes the span start..end and a colon inside the span introduces it."""
    before = text[start : marked.start].rstrip()
    return before.endswith(":") and len(before) > 1 and marked.end >= end - 1


# The end of a sentence right before a position: a full stop, question or exclamation mark,
# maybe a closing mark, then spaces.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]*\s+\Z")


__all__ = ["outside_reports", "reported_quote"]
