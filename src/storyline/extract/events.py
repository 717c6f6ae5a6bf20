"""Event mentions of one document with participants, place, date and status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.records import Document, Event, LocalEntity, Mention, Quote, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_events(
    document: Document,
    parsed: Doc,
    entities: tuple[LocalEntity, ...],
    mentions: tuple[Mention, ...],
    times: tuple[TimeExpression, ...],
    quotes: tuple[Quote, ...],
) -> tuple[Event, ...]:
    del document, parsed, entities, mentions, times, quotes
    return ()
