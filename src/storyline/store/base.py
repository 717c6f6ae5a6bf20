"""The store protocol every backend implements."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from storyline.records import Capture, DocAnalysis, Document, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.settings import STAGES


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as stored: the capture it came from, how far it got, what was found."""

    capture: Capture
    document: Document
    analysis: DocAnalysis | None
    stage: str  # the last per-document stage done: "clean", "speakers" or "extract"


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    line: int | None
    message: str
    at: str


def stage_reached(done: str, wanted: str) -> bool:
    """True if a document at stage ``done`` needs nothing more to reach ``wanted``."""
    per_document = ("clean", "speakers", "extract")
    wanted = wanted if wanted in per_document else "extract"
    return STAGES.index(done) >= STAGES.index(wanted)


class Store(Protocol):
    def stage_of(self, doc_id: str) -> str | None: ...

    def put_document(self, stored: StoredDocument) -> None:
        """Write one document and its analysis atomically (all or nothing)."""

    def get_document(self, doc_id: str) -> StoredDocument | None: ...

    def find_documents(self, prefix_or_source: str) -> list[StoredDocument]: ...

    def iter_documents(self) -> Iterator[StoredDocument]: ...

    def count_documents(self) -> int: ...

    def put_failure(self, source: str, line: int | None, message: str) -> None: ...

    def failures(self) -> list[Failure]: ...

    def clear_failures(self, sources: Sequence[str]) -> None: ...

    def put_corpus(self, index: EntityIndex, story: Sequence[StoryEvent]) -> None:
        """Replace the corpus-level results (entities, story) atomically."""

    def get_entities(self) -> EntityIndex: ...

    def get_story(self) -> tuple[StoryEvent, ...]: ...

    def close(self) -> None: ...
