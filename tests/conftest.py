"""Shared fixtures: the spaCy pipeline once per session, and a pipeline runner on small captures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from documents import write_captures
from storyline import MemoryStore, Settings, build_export, ingest
from storyline.nlp import load_pipeline
from storyline.records import Capture

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_pipeline(Settings().model)


@pytest.fixture
def store_of(tmp_path: Path) -> Callable[..., MemoryStore]:
    """Write captures as a JSON Lines file and ingest it into a MemoryStore."""

    def run(captures: Sequence[dict[str, Any]], **settings: Any) -> MemoryStore:
        store = MemoryStore()
        report = ingest([str(write_captures(tmp_path, captures))], Settings(**settings), store)
        assert report.ok, [str(f) for f in report.failures]
        return store

    return run


@pytest.fixture
def run_captures(store_of: Callable[..., MemoryStore]) -> Callable[..., dict[str, Any]]:
    """Ingest captures into a MemoryStore (``store_of``) and return the export."""

    def run(captures: Sequence[dict[str, Any]], **settings: Any) -> dict[str, Any]:
        return build_export(store_of(captures, **settings))

    return run


def capture(text: str, **fields: Any) -> Capture:
    """A text capture for stage-level tests."""
    from storyline.records import Metadata

    meta_keys = set(Metadata.__dataclass_fields__)
    given = Metadata(**{k: v for k, v in fields.items() if k in meta_keys})
    return Capture(source=fields.get("source", "test.txt"), content=text, kind=fields.get("kind"), given=given)


CaptureFactory = Callable[..., Capture]
