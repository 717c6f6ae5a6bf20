"""Temporal expressions of one document, normalised against its published date.

The patterns scan the clean text (see :mod:`storyline.extract.timex`); the parse only gives
the tense that decides which way an ambiguous expression points ("on Tuesday" in a past-tense
clause is the same or previous week) and vetoes counts read as years ("2000 troops").
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from storyline.extract.timex import annotate
from storyline.extract.timex.calendar import parse_anchor
from storyline.extract.timex.tense import accept_match, tense_at
from storyline.records import Document, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


def find_times(document: Document, parsed: Doc) -> tuple[TimeExpression, ...]:
    """Every temporal expression in ``document.text``, TIMEX3-normalised.

    The anchor is ``document.metadata.published``; without one, relative expressions keep
    TIMEX3 placeholders (``PAST_REF``, ``XXXX-WXX-2``) and every item's ``anchor`` is None.
    """
    published = document.metadata.published
    anchor = parse_anchor(published)
    if anchor is None:
        log.info("document %s has no publication date: relative times stay unresolved", document.id)
    found = annotate(document.text, anchor, partial(tense_at, parsed), partial(accept_match, parsed))
    anchor_text = anchor.isoformat() if anchor else None
    return tuple(TimeExpression(t.start, t.end, t.text, t.type, t.value, anchor_text) for t in found)


__all__ = ["find_times"]
