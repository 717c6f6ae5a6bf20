"""An in-memory store for tests and one-off runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from storyline.records import StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.store.base import Failure, StoredDocument


class MemoryStore:
    def __init__(self) -> None:
        self._docs: dict[str, StoredDocument] = {}
        self._failures: list[Failure] = []
        self._index = EntityIndex((), {})
        self._story: tuple[StoryEvent, ...] = ()

    def stage_of(self, doc_id: str) -> str | None:
        stored = self._docs.get(doc_id)
        return stored.stage if stored else None

    def put_document(self, stored: StoredDocument) -> None:
        self._docs[stored.document.id] = stored

    def get_document(self, doc_id: str) -> StoredDocument | None:
        return self._docs.get(doc_id)

    def find_documents(self, prefix_or_source: str) -> list[StoredDocument]:
        wanted = prefix_or_source
        return [
            s
            for s in self._docs.values()
            if s.document.id.startswith(wanted)
            or s.document.source == wanted
            or s.document.source.endswith("/" + wanted)
        ]

    def iter_documents(self) -> Iterator[StoredDocument]:
        yield from self._docs.values()

    def count_documents(self) -> int:
        return len(self._docs)

    def put_failure(self, source: str, line: int | None, message: str) -> None:
        self._failures.append(Failure(source, line, message, dt.datetime.now(dt.UTC).isoformat()))

    def failures(self) -> list[Failure]:
        return list(self._failures)

    def clear_failures(self, sources: Sequence[str]) -> None:
        gone = set(sources)
        self._failures = [f for f in self._failures if f.source not in gone]

    def put_corpus(self, index: EntityIndex, story: Sequence[StoryEvent]) -> None:
        self._index, self._story = index, tuple(story)

    def get_entities(self) -> EntityIndex:
        return self._index

    def get_story(self) -> tuple[StoryEvent, ...]:
        return self._story

    def close(self) -> None:
        pass
