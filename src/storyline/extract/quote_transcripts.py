"""Quotes of transcripts: first-person quotes credited to the turn's speaker, and the quotes the
speakers stage finds in turns."""

from __future__ import annotations

import dataclasses
import logging

from storyline.records import Document, Quote

log = logging.getLogger(__name__)


def first_person(quote: Quote, document: Document, text: str) -> Quote:
    """In a transcript, "I think ..." is said by whoever holds the turn."""
    if quote.speaker_start is None or quote.speaker_end is None or quote.speaker is not None:
        return quote
    if text[quote.speaker_start : quote.speaker_end].lower() not in ("i", "we"):
        return quote
    for turn in document.turns:
        if turn.start <= quote.speaker_start < turn.end and turn.speaker_name:
            return dataclasses.replace(quote, speaker_name=turn.speaker_name)
    return quote


def turn_quotes(document: Document) -> list[Quote]:
    """Quotes of transcript turns, from the speakers stage where it provides them."""
    if document.kind != "transcript":
        return []
    try:
        from storyline import speakers
    except ImportError:  # pragma: no cover - the package is part of storyline
        return []
    turn_quotes = getattr(speakers, "turn_quotes", None)
    if turn_quotes is None:
        return []
    try:
        return [q for q in turn_quotes(document) if isinstance(q, Quote)]
    except Exception:  # a failing optional stage must not lose the article's quotes
        log.warning("turn quotes failed for %s", document.source, exc_info=True)
        return []


__all__ = ["first_person", "turn_quotes"]
