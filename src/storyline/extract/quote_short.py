"""Reported contents too short to be words anyone said.

A content written without quotation marks around all of it, of fewer than ``MIN_REPORTED_WORDS``
words, is the object of its cue ("confirmed their address", "called for more funding",
"rejected that argument") or a clause the parse cut short ("promising to meet"), not words
reported: like a noun phrase a verb of speaking is about (quote_topics), it is a stance of act
"topic", kept but not listed as a quote. A short content that is a clause with a subject of its
own ("says he is honored") is reported words all the same. Quotations in marks (direct quotes)
are speech at any length: "No," she said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Fewer words than this make an object, not reported words: the Gender Gap Tracker's quote
# extractor drops quotes under four words for the same reason.
MIN_REPORTED_WORDS = 4
_WORD = re.compile(r"\w+")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def is_short_object(quote: Quote, parsed: Doc) -> bool:
    """Whether ``quote`` is a content under ``MIN_REPORTED_WORDS`` words that is no clause."""
    if quote.kind == "direct" or quote.from_turn or quote.parts:
        return False
    if len(_WORD.findall(quote.text)) >= MIN_REPORTED_WORDS:
        return False
    return not _has_own_subject(parsed, quote.start, quote.end)


def _has_own_subject(parsed: Doc, start: int, end: int) -> bool:
    """Whether a token of ``[start, end)`` is the subject of a verb inside it too ("he is honored")."""
    tokens = [t for t in parsed if start <= t.idx < end]
    return any(t.dep_ in _SUBJECTS and start <= t.head.idx < end and t.head.i != t.i for t in tokens)


__all__ = ["MIN_REPORTED_WORDS", "is_short_object"]
