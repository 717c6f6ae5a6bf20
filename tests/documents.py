"""Helpers for tests that build a document by hand, ingest captures or read a pipeline export."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from storyline import Settings, ingest
from storyline.cli import main
from storyline.extract.entities import find_entities
from storyline.offsets import OffsetMap
from storyline.records import Document, Kind, LocalEntity, Mention, Metadata
from storyline.store import SQLiteStore

Run = Callable[..., dict[str, Any]]


def text_document(text: str, published: str | None = "2031-03-04", kind: Kind = "article") -> Document:
    """A document whose clean text is its raw text, as a plain-text capture would give."""
    return Document(
        id="d1",
        source="t.txt",
        kind=kind,
        format="text",
        raw=text,
        text=text,
        offsets=OffsetMap.identity(len(text)),
        metadata=Metadata(published=published),
    )


def write_captures(folder: Path, captures: Sequence[dict[str, Any]]) -> Path:
    """Write captures as the JSON Lines file ``folder/captures.jsonl``."""
    path = folder / "captures.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in captures) + "\n", encoding="utf-8")
    return path


def sqlite_store_of(folder: Path, captures: Sequence[dict[str, Any]]) -> SQLiteStore:
    """Ingest captures (``write_captures``) into a new SQLite store ``folder/story.db``."""
    db = str(folder / "story.db")
    store = SQLiteStore(db)
    report = ingest([str(write_captures(folder, captures))], Settings(db=db), store)
    assert report.ok, [str(f) for f in report.failures]
    return store


def ingested_with_cli(folder: Path, captures: Sequence[dict[str, Any]]) -> str:
    """Ingest captures (``write_captures``) with ``storyline ingest`` into ``folder/story.db``; its path."""
    db = str(folder / "story.db")
    result = CliRunner().invoke(main, ["ingest", str(write_captures(folder, captures)), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def entities_of(nlp: Any, text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """The per-document entities and mentions found in ``text``."""
    return find_entities(text_document(text), nlp(text))


def export_one(run_captures: Run, text: str, published: str) -> dict[str, Any]:
    """The export of one plain-text capture run through the whole pipeline."""
    return run_captures([{"source": "a.txt", "text": text, "published": published}])


def events_with_trigger(export: dict[str, Any], trigger: str) -> list[dict[str, Any]]:
    return [e for e in export["events"] if e["trigger"] == trigger]


def entity_names(export: dict[str, Any], refs: list[str]) -> set[str]:
    """The names of the exported entities ``refs`` point to (unknown ids left out)."""
    names = {e["id"]: e["name"] for e in export["entities"]}
    return {names[r] for r in refs if r in names}
