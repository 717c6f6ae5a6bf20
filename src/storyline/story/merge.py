"""Merge event mentions of all documents into story events."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.records import DocAnalysis, Document, StoryEvent
from storyline.resolve.entities import EntityIndex


def build_story(
    documents: Sequence[Document], analyses: Sequence[DocAnalysis], index: EntityIndex
) -> tuple[StoryEvent, ...]:
    del documents, analyses, index
    return ()
