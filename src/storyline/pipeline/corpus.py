"""The corpus stages: entity resolution and the story, over everything in the store."""

from __future__ import annotations

from storyline.records import StoryEvent
from storyline.resolve import resolve_entities
from storyline.settings import STAGES, Settings
from storyline.store.base import Store
from storyline.story import build_story


def rebuild_corpus(store: Store, settings: Settings) -> None:
    """Resolve entities across all stored documents and rebuild the story."""
    if STAGES.index(settings.until) < STAGES.index("resolve"):
        return
    stored = [s for s in store.iter_documents() if s.analysis is not None]
    analyses = [s.analysis for s in stored if s.analysis is not None]
    index = resolve_entities(analyses)
    story: tuple[StoryEvent, ...] = ()
    if settings.until == "story":
        story = build_story([s.document for s in stored], analyses, index)
    store.put_corpus(index, story)
