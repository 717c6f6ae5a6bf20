"""Round trips through both store backends, the schema version, idempotent re-ingest."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline import MemoryStore, Settings, SQLiteStore, StoreError, ingest
from storyline.offsets import OffsetBuilder
from storyline.records import (
    Capture,
    Conflict,
    Description,
    DocAnalysis,
    Document,
    Entity,
    Event,
    EventDate,
    LocalEntity,
    Mention,
    Metadata,
    Quote,
    Removal,
    Report,
    Span,
    StoryEvent,
    TimeExpression,
    Turn,
)
from storyline.resolve.entities import EntityIndex
from storyline.store import Store, StoredDocument
from storyline.store.sqlite import MIGRATIONS

# Any text a capture can hold once decoded (no lone surrogates: readers never produce them).
TEXT = st.text(st.characters(codec="utf-8"), max_size=120)


def stored_document(raw: str, title: str | None, source: str = "cap.txt") -> StoredDocument:
    """A document whose clean text keeps the first and last thirds of ``raw``."""
    third = len(raw) // 3
    builder = OffsetBuilder(raw)
    builder.copy(0, third)
    builder.insert("\n")
    builder.copy(2 * third, len(raw))
    text, offsets = builder.build()
    capture = Capture(source=source, content=raw, given=Metadata(title=title), warnings=("a warning",))
    document = Document(
        id=hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16],
        source=source,
        kind="transcript",
        format="text",
        raw=raw,
        text=text,
        offsets=offsets,
        metadata=Metadata(title=title, published="2025-03-04", dateline="Portoval"),
        removed=(Removal(third, 2 * third, raw[third : 2 * third], "ad"),),
        turns=(Turn(0, len(text), speaker_name=title, role="host", confidence=0.5),),
        warnings=("a warning",),
    )
    end = min(3, len(text))
    analysis = DocAnalysis(
        doc=document.id,
        entities=(
            LocalEntity("e1", title or "x", "PERSON", aliases=(text,), descriptions=(Description(text, "2025"),)),
        ),
        mentions=(Mention(0, end, text[:end], "e1", form="pronoun"),),
        times=(TimeExpression(0, end, text[:end], "DATE", "2025-03-XX", anchor="2025-03-04"),),
        quotes=(Quote(0, end, text[:end], "direct", speaker="e1", speaker_name=title, from_turn=True),),
        events=(
            Event(
                "v1",
                0,
                end,
                text[:end],
                "meet",
                "meet",
                participants=("e1",),
                date=EventDate("2025-03-04", text[:end], 0, end, basis="document"),
                status="claimed",
                claimed_by=("e1",),
            ),
        ),
    )
    return StoredDocument(capture, document, analysis, "extract")


def corpus(name: str) -> tuple[EntityIndex, tuple[StoryEvent, ...]]:
    entity = Entity(
        "E1", name, "PERSON", aliases=(name + "!",), mentions=(Span("doc", 0, 1),), members=(("doc", "e1"),)
    )
    story = StoryEvent(
        "S1",
        "meet",
        ("E1",),
        EventDate("2025-03", name),
        None,
        "occurred",
        (("doc", "v1"),),
        ("doc",),
        conflicts=(Conflict("place", (name, "Portoval")),),
        salience=0.25,
        reported=(Report("doc", None),),
    )
    return EntityIndex((entity,), {("doc", "e1"): "E1"}), (story,)


StoreFactory = Callable[[], Store]


@pytest.fixture(params=["sqlite", "memory"])
def make_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreFactory]:
    """Fresh stores of one backend; all closed at teardown."""
    made: list[Store] = []

    def make() -> Store:
        store: Store = (
            MemoryStore() if request.param == "memory" else SQLiteStore(str(tmp_path_factory.mktemp("s") / "s.db"))
        )
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(raw=TEXT, title=st.none() | TEXT)
def test_document_round_trip(make_store: StoreFactory, raw: str, title: str | None) -> None:
    store = make_store()
    stored = stored_document(raw, title)
    store.put_document(stored)
    assert store.get_document(stored.document.id) == stored
    assert store.stage_of(stored.document.id) == "extract"
    assert list(store.iter_documents()) == [stored]
    assert store.find_documents(stored.document.id[:6]) == [stored]
    assert store.find_documents("cap.txt") == [stored]
    store.close()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(name=TEXT)
def test_corpus_round_trip(make_store: StoreFactory, name: str) -> None:
    store = make_store()
    index, story = corpus(name)
    store.put_corpus(index, story)
    assert store.get_entities() == index
    assert store.get_story() == story
    store.close()


def test_replacing_a_document_keeps_its_place_and_count(make_store: StoreFactory) -> None:
    store = make_store()
    first, second = stored_document("first raw text", "A"), stored_document("second raw text", "B")
    store.put_document(first)
    store.put_document(second)
    store.put_document(first)
    assert store.count_documents() == 2
    assert [s.document.id for s in store.iter_documents()] == [first.document.id, second.document.id]


def test_failures_are_kept_and_cleared_per_source(make_store: StoreFactory) -> None:
    store = make_store()
    store.put_failure("a.jsonl", 3, "malformed JSON")
    store.put_failure("b.txt", None, "empty file")
    assert [(f.source, f.line, f.message) for f in store.failures()] == [
        ("a.jsonl", 3, "malformed JSON"),
        ("b.txt", None, "empty file"),
    ]
    store.clear_failures(["a.jsonl"])
    assert [f.source for f in store.failures()] == ["b.txt"]


def test_schema_version_is_set_and_kept(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    SQLiteStore(path).close()
    store = SQLiteStore(path)  # opening again migrates nothing
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "failures", "corpus"} <= tables
    store.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this storyline"):
        SQLiteStore(str(path))


def test_migrations_run_in_order_from_an_older_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.store.sqlite as sqlite_store

    path = str(tmp_path / "s.db")
    SQLiteStore(path).close()
    added = "ALTER TABLE documents ADD COLUMN language TEXT"
    monkeypatch.setattr(sqlite_store, "MIGRATIONS", (*MIGRATIONS, added))
    store = sqlite_store.SQLiteStore(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
    columns = {r[1] for r in store.conn.execute("PRAGMA table_info(documents)")}
    assert "language" in columns
    store.close()


def test_store_that_cannot_be_opened(tmp_path: Path) -> None:
    (tmp_path / "not-a-db").write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError):
        SQLiteStore(str(tmp_path / "not-a-db"))


def test_reingest_is_idempotent_in_both_stores(tmp_path: Path, make_store: StoreFactory) -> None:
    (tmp_path / "a.txt").write_text("Ferry service resumes\n\nThe ferries ran again on Tuesday.\n")
    (tmp_path / "b.txt").write_text("Bridge reopens\n\nThe bridge reopened on Monday.\n")
    store = make_store()
    first = ingest([str(tmp_path)], Settings(until="clean"), store)
    before = list(store.iter_documents())
    again = ingest([str(tmp_path), str(tmp_path / "a.txt")], Settings(until="clean"), store)
    assert (first.added, again.added, again.updated, again.unchanged) == (2, 0, 0, 3)
    assert list(store.iter_documents()) == before


@pytest.mark.slow
def test_a_capture_taken_further_is_updated_not_added(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ferry service resumes\n\nThe ferries ran again on Tuesday.\n")
    store = SQLiteStore(str(tmp_path / "s.db"))
    ingest([str(tmp_path)], Settings(until="clean"), store)
    report = ingest([str(tmp_path)], Settings(until="speakers"), store)
    assert (report.added, report.updated, store.count_documents()) == (0, 1, 1)
    (stored,) = store.iter_documents()
    assert stored.stage == "speakers"
    store.close()


def test_find_documents_by_id_prefix_or_file_name_alike_in_both_stores(make_store: StoreFactory) -> None:
    store = make_store()
    docs = {
        name: stored_document(f"raw text of {name}", "T", source=name)
        for name in ("dir/a_b.txt", "dir/axb.txt", "dir/Ab.txt", "other/xa_b.txt")
    }
    for stored in docs.values():
        store.put_document(stored)

    def found(query: str) -> list[str]:
        return sorted(s.document.source for s in store.find_documents(query))

    assert found("a_b.txt") == ["dir/a_b.txt"]  # "_" is no wildcard, "xa_b.txt" is another file
    assert found("ab.txt") == []  # case matters
    assert found("dir/axb.txt") == ["dir/axb.txt"]
    some_id = docs["dir/Ab.txt"].document.id
    assert found(some_id[:8]) == ["dir/Ab.txt"]
    if some_id[:8].upper() != some_id[:8]:
        assert found(some_id[:8].upper()) == []
