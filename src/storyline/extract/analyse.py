"""Per-document extraction: runs each extractor over the parsed clean text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.descriptions import DescriptionResolver
from storyline.extract.entities import find_entities
from storyline.extract.events import find_events
from storyline.extract.quotes import find_quotes
from storyline.extract.times import find_times
from storyline.records import DocAnalysis, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc


def analyse(document: Document, parsed: Doc) -> DocAnalysis:
    """Everything extraction finds in ``document``; depends only on it and the parse."""
    entities, mentions = find_entities(document, parsed)
    times = find_times(document, parsed)
    # one resolver of "the company", "the leaders" for quotes and events: one referent for both
    descriptions = DescriptionResolver.for_document(parsed, entities, mentions)
    quotes = find_quotes(document, parsed, entities, mentions, descriptions)
    events = find_events(document, parsed, entities, mentions, times, quotes, descriptions)
    return DocAnalysis(doc=document.id, entities=entities, mentions=mentions, times=times, quotes=quotes, events=events)
