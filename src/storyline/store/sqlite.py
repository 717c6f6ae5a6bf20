"""The default store: one SQLite file in WAL mode, one transaction per document.

Schema (version in ``PRAGMA user_version``; each migration in ``MIGRATIONS`` moves it one up):

    documents(id PK, source, kind, published, title, stage, seq, capture JSON, document JSON,
              analysis JSON)
    failures(id PK, source, line, message, at)
    corpus(key PK, value JSON)      -- "entities" and "story", replaced together
    search_units, search_fts        -- the search index, see storyline.search.fts
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from storyline import serde
from storyline.errors import StoreError
from storyline.records import Capture, DocAnalysis, Document, Entity, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.search.fts import index_document
from storyline.store.base import Failure, StoredDocument

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        published TEXT,
        title TEXT,
        stage TEXT NOT NULL,
        seq INTEGER NOT NULL,
        capture TEXT NOT NULL,
        document TEXT NOT NULL,
        analysis TEXT
    );
    CREATE INDEX documents_source ON documents(source);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        line INTEGER,
        message TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE corpus (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: the search index (storyline.search.fts), filled by put_document; stores migrated from
    # 1 are indexed on first search (storyline.search.engine.ensure_indexed).
    """
    CREATE TABLE search_units (
        id INTEGER PRIMARY KEY,
        doc TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        ref TEXT,
        date TEXT,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        outlet TEXT,
        text TEXT NOT NULL,
        entities TEXT NOT NULL,
        dates TEXT NOT NULL,
        vector BLOB
    );
    CREATE INDEX search_units_doc ON search_units(doc);
    CREATE INDEX search_units_date ON search_units(date);
    CREATE VIRTUAL TABLE search_fts USING fts5(
        text, entities, dates,
        content='search_units', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    );
    """,
)


class SQLiteStore:
    """Store backed by one SQLite file. Use one writer; readers may share the file."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store: {exc}", source=path) from exc

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"store schema version {version} is newer than this storyline ({len(MIGRATIONS)})", source=self.path
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn, self.path)

    def stage_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT stage FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def put_document(self, stored: StoredDocument) -> None:
        doc = stored.document
        with self._transaction():
            row = self.conn.execute("SELECT seq FROM documents WHERE id=?", (doc.id,)).fetchone()
            seq = row[0] if row else self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
            self.conn.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id,
                    doc.source,
                    doc.kind,
                    doc.metadata.published,
                    doc.metadata.title,
                    stored.stage,
                    seq,
                    serde.dumps(stored.capture),
                    serde.dumps(doc),
                    serde.dumps(stored.analysis) if stored.analysis is not None else None,
                ),
            )
            index_document(self.conn, stored)

    def _row(self, row: tuple[str, str, str, str | None]) -> StoredDocument:
        capture, document, analysis, stage = row
        return StoredDocument(
            capture=serde.loads(Capture, capture),
            document=serde.loads(Document, document),
            analysis=serde.loads(DocAnalysis, analysis) if analysis else None,
            stage=stage or "clean",
        )

    _COLUMNS = "capture, document, analysis, stage"

    def get_document(self, doc_id: str) -> StoredDocument | None:
        row = self.conn.execute(f"SELECT {self._COLUMNS} FROM documents WHERE id=?", (doc_id,)).fetchone()
        return self._row(row) if row else None

    def find_documents(self, prefix_or_source: str) -> list[StoredDocument]:
        # substr, not LIKE: "_" and "%" in file names are not wildcards, and case matters.
        rows = self.conn.execute(
            f"SELECT {self._COLUMNS} FROM documents WHERE substr(id, 1, length(:p)) = :p OR source = :p "
            "OR substr(source, -length(:p) - 1) = '/' || :p ORDER BY seq",
            {"p": prefix_or_source},
        ).fetchall()
        return [self._row(r) for r in rows]

    def iter_documents(self) -> Iterator[StoredDocument]:
        for row in self.conn.execute(f"SELECT {self._COLUMNS} FROM documents ORDER BY seq").fetchall():
            yield self._row(row)

    def count_documents(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def put_failure(self, source: str, line: int | None, message: str) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO failures(source, line, message, at) VALUES (?,?,?,?)",
                (source, line, message, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )

    def failures(self) -> list[Failure]:
        rows = self.conn.execute("SELECT source, line, message, at FROM failures ORDER BY id").fetchall()
        return [Failure(*r) for r in rows]

    def clear_failures(self, sources: Sequence[str]) -> None:
        with self._transaction():
            self.conn.executemany("DELETE FROM failures WHERE source=?", [(s,) for s in sources])

    def put_corpus(self, index: EntityIndex, story: Sequence[StoryEvent]) -> None:
        local = [[doc, key, entity] for (doc, key), entity in index.by_local.items()]
        with self._transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO corpus VALUES ('entities', ?)",
                (json.dumps({"entities": serde.to_plain(index.entities), "local": local}),),
            )
            self.conn.execute("INSERT OR REPLACE INTO corpus VALUES ('story', ?)", (serde.dumps(tuple(story)),))

    def get_entities(self) -> EntityIndex:
        row = self.conn.execute("SELECT value FROM corpus WHERE key='entities'").fetchone()
        if not row:
            return EntityIndex((), {})
        data = json.loads(row[0])
        entities = tuple(serde.from_plain(Entity, e) for e in data["entities"])
        return EntityIndex(entities, {(doc, key): entity for doc, key, entity in data["local"]})

    def get_story(self) -> tuple[StoryEvent, ...]:
        row = self.conn.execute("SELECT value FROM corpus WHERE key='story'").fetchone()
        if not row:
            return ()
        return tuple(serde.from_plain(StoryEvent, s) for s in json.loads(row[0]))

    def close(self) -> None:
        self.conn.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error, StoreError on SQLite errors."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn, self.path = conn, path

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as error:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"cannot write: {error}", source=self.path) from error
            return
        self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"cannot write: {exc}", source=self.path) from exc


def open_store(path: str) -> SQLiteStore:
    return SQLiteStore(path)
