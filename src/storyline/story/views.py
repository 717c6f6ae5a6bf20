"""Views of the story: as known on a date, what changed since a date, one entity's events.

The story is bi-temporal: events have their own dates, and each source reported them on its
published date. "As of" a date keeps only the reports published by then and merges again, so
the status, date and conflicts are those a reader could have known; "changes since" compares
that view with today's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.records import DocAnalysis, Document, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.story.merge import build_story


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the story as of a date and the story now."""

    kind: str  # "new", "status", "date", "place", "conflict"
    item: StoryEvent
    before: str | None = None
    after: str | None = None


def story_as_of(
    documents: Sequence[Document], analyses: Sequence[DocAnalysis], index: EntityIndex, as_of: str
) -> tuple[StoryEvent, ...]:
    """The story from the reports published on or before ``as_of`` (ISO date).

    A report without a published date cannot be placed in time and is left out.
    """
    kept = {d.id for d in documents if d.metadata.published and d.metadata.published[:10] <= as_of}
    return build_story([d for d in documents if d.id in kept], [a for a in analyses if a.doc in kept], index)


def changes_since(before: Sequence[StoryEvent], now: Sequence[StoryEvent]) -> list[Change]:
    """What ``now`` adds to or changes in ``before``; items are matched by shared mentions."""
    owner = {mention: item for item in before for mention in item.events}
    changes = []
    for item in now:
        olds = [owner[m] for m in item.events if m in owner]
        if not olds:
            changes.append(Change("new", item))
            continue
        old = olds[0]
        if old.status != item.status:
            changes.append(Change("status", item, old.status, item.status))
        old_date = old.date.value if old.date else None
        new_date = item.date.value if item.date else None
        if old_date != new_date:
            changes.append(Change("date", item, old_date, new_date))
        if old.place != item.place:
            changes.append(Change("place", item, old.place, item.place))
        old_fields = {c.field for c in old.conflicts}
        for conflict in item.conflicts:
            if conflict.field not in old_fields:
                changes.append(Change("conflict", item, None, f"{conflict.field}: {' / '.join(conflict.values)}"))
    return changes


def involving(story: Sequence[StoryEvent], entity_ids: set[str]) -> tuple[StoryEvent, ...]:
    """The story events one of ``entity_ids`` takes part in (an entity's own timeline)."""
    return tuple(s for s in story if entity_ids & set(s.participants) or (s.place in entity_ids))


def top(story: Sequence[StoryEvent], count: int) -> tuple[StoryEvent, ...]:
    """The ``count`` most salient events, kept in timeline order."""
    chosen = {id(s) for s in sorted(story, key=lambda s: -s.salience)[:count]}
    return tuple(s for s in story if id(s) in chosen)


__all__ = ["Change", "changes_since", "involving", "story_as_of", "top"]
