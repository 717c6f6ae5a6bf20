"""Queries over the search index: the :class:`SearchIndex` protocol and its backends.

* :class:`FtsIndex`: SQLite FTS5 with BM25 over a :class:`~storyline.store.SQLiteStore`;
* :class:`ScanIndex`: the same ranking computed in Python over any store (tests, memory);
* ``storyline.search.semantic.VectorIndex``: sentence embeddings, when the ``semantic`` extra
  is installed.

:func:`search` runs a :class:`Query` on an index: all words first, any word if that finds
nothing.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, Protocol

from storyline.search.fts import (
    _COLUMNS,
    date_bound,
    dates_expression,
    match_expression,
    names_expression,
    unit_from_row,
)
from storyline.search.units import UNIT_KINDS, SearchUnit, UnitKind, units_of

if TYPE_CHECKING:
    from storyline.store.base import Store

Mode = Literal["all", "any"]
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Query:
    """What to look for, and in what part of the store."""

    text: str
    entity: str | None = None  # an entity id, name or alias
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    source: str | None = None  # part of a source path/URL, or an outlet name
    kinds: tuple[UnitKind, ...] = ()  # empty: every kind
    limit: int = 20
    mode: Mode = "all"


@dataclass(frozen=True, slots=True)
class Hit:
    unit: SearchUnit
    score: float  # higher is better; comparable within one result list only
    matches: tuple[tuple[int, int], ...] = ()  # spans of query words, relative to unit.text


class SearchIndex(Protocol):
    def search(self, query: Query, names: Sequence[str] = ()) -> list[Hit]:
        """Hits for ``query``; ``names`` are every name of the query's entity, if it has one."""


def search(index: SearchIndex, query: Query, store: Store | None = None) -> list[Hit]:
    """Run ``query``: every word must match, else (with several words) any of them."""
    names = entity_names(store, query.entity) if query.entity and store is not None else ()
    if query.entity and not names:
        names = (query.entity,)
    hits = index.search(query, names)
    if not hits and query.mode == "all" and len(_TOKEN.findall(query.text)) > 1:
        hits = index.search(replace(query, mode="any"), names)
    return hits


def entity_names(store: Store, wanted: str) -> tuple[str, ...]:
    """All names and aliases of the entities whose id, name or alias is ``wanted``."""
    key = wanted.strip().lower()
    names: list[str] = []
    for entity in store.get_entities().entities:
        own = (entity.name, *entity.aliases)
        if entity.id.lower() == key or key in (n.lower() for n in own):
            names.extend(own)
    return tuple(dict.fromkeys(names))


def open_index(store: Store) -> SearchIndex:
    """The best index for ``store``: FTS5 for SQLite (indexing what is missing), else a scan."""
    from storyline.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        ensure_indexed(store)
        return FtsIndex(store.conn)
    return ScanIndex(store)


def ensure_indexed(store: Store) -> int:
    """Index the stored documents that have no index entries (stores from before the index)."""
    from storyline.search.fts import index_document
    from storyline.store.sqlite import SQLiteStore

    if not isinstance(store, SQLiteStore):
        return 0
    missing = [
        row[0]
        for row in store.conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT DISTINCT doc FROM search_units)"
        ).fetchall()
    ]
    for doc_id in missing:
        stored = store.get_document(doc_id)
        if stored is not None:
            with store._transaction():
                index_document(store.conn, stored)
    return len(missing)


class FtsIndex:
    """BM25 ranking by SQLite FTS5 (text weighs twice the entity names).

    BM25 costs time for every matching row; a query whose words are in nearly every sentence
    (the story's own topic word) would score tens of thousands of rows. Such a query is ranked
    within its ``WINDOW`` most recently indexed matches (IDF still over the whole index); any
    query matching fewer rows is ranked over all of them.
    """

    # 10,000 rows keep such a query near 30 ms on the 100k-sentence benchmark
    # (benchmarks/search_latency.py), where the full ranking of 80k matches took ~150 ms.
    WINDOW = 10_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _window_start(self, base: str, params: list[object]) -> int | None:
        """The lowest rowid of the newest ``WINDOW`` matches, or None if there are fewer."""
        row = self.conn.execute(
            f"SELECT search_fts.rowid {base} ORDER BY search_fts.rowid DESC LIMIT 1 OFFSET ?", [*params, self.WINDOW]
        ).fetchone()
        return int(row[0]) if row else None

    def search(self, query: Query, names: Sequence[str] = ()) -> list[Hit]:
        parts = [e for e in (match_expression(query.text, query.mode), names_expression(list(names))) if e]
        if not parts:
            return []
        dated = False
        if query.date_from or query.date_to:
            first, last = self.conn.execute("SELECT MIN(date), MAX(date) FROM search_units").fetchone()
            if first is None:
                return []
            dates = dates_expression(query.date_from, query.date_to, first, last)
            if dates:
                parts.append(dates)
                dated = True
        match = " AND ".join(f"({p})" for p in parts)
        where, more = filter_sql(query, dates=not dated)
        # Rank on rowids only (joining the units just for the filters): the sorter then holds
        # two numbers a row, not every column of every match; the few winners are read after.
        join = "JOIN search_units u ON u.id = search_fts.rowid " if where else ""
        base = f"FROM search_fts {join}WHERE search_fts MATCH ? {where}"
        params: list[object] = [match, *more]
        window = self._window_start(base, params)
        if window is not None:
            base += " AND search_fts.rowid >= ?"
            params.append(window)
        # More rows than asked: the same span can be both a sentence and an event.
        ranked = self.conn.execute(
            f"SELECT search_fts.rowid, bm25(search_fts, 2.0, 1.0, 0.0) AS rank {base} ORDER BY rank LIMIT ?",
            [*params, query.limit * 2 + 10],
        ).fetchall()
        if not ranked:
            return []
        rows = {
            row[0]: row[1:]
            for row in self.conn.execute(
                f"SELECT id, {_COLUMNS} FROM search_units WHERE id IN ({','.join('?' * len(ranked))})",
                [r[0] for r in ranked],
            )
        }
        hits = [Hit(unit_from_row(rows[i]), -float(rank)) for i, rank in ranked if i in rows]
        return finish(hits, query)


def filter_sql(query: Query, dates: bool = True) -> tuple[str, list[object]]:
    """SQL conditions (``AND ...``, over ``search_units u``) for the query's filters
    (without the date range when ``dates`` is False: the MATCH holds it)."""
    sql, params = [], []
    if query.date_from and dates:
        sql.append("AND substr(u.date, 1, 10) >= ?")
        params.append(date_bound(query.date_from, start=True))
    if query.date_to and dates:
        sql.append("AND substr(u.date, 1, 10) <= ?")
        params.append(date_bound(query.date_to, start=False))
    if query.source:
        sql.append("AND (instr(lower(u.source), lower(?)) > 0 OR lower(u.outlet) = lower(?))")
        params.extend([query.source, query.source])
    if query.kinds:
        sql.append(f"AND u.kind IN ({','.join('?' * len(query.kinds))})")
        params.extend(query.kinds)
    return " ".join(sql), list(params)


class ScanIndex:
    """BM25 computed in Python over every unit of a store: for small and in-memory stores."""

    # The usual BM25 constants (Robertson & Zaragoza 2009), as SQLite FTS5 uses them.
    K1, B = 1.2, 0.75

    def __init__(self, store: Store) -> None:
        self.units = [u for stored in store.iter_documents() for u in units_of(stored)]
        self.tokens = [[stem(t) for t in _TOKEN.findall(u.text.lower())] for u in self.units]
        self.average = sum(map(len, self.tokens)) / max(1, len(self.tokens))
        self.df: Counter[str] = Counter(t for tokens in self.tokens for t in set(tokens))

    def search(self, query: Query, names: Sequence[str] = ()) -> list[Hit]:
        terms = list(dict.fromkeys(stem(t) for t in _TOKEN.findall(query.text.lower())))
        wanted_names = {n.lower() for n in names}
        if not terms and not wanted_names:
            return []
        hits = []
        for unit, tokens in zip(self.units, self.tokens, strict=True):
            if not _passes(unit, query) or (wanted_names and not wanted_names & {e.lower() for e in unit.entities}):
                continue
            counts = Counter(tokens)
            present = [t for t in terms if counts[t]]
            if terms and (not present or (query.mode == "all" and len(present) < len(terms))):
                continue
            score = sum(self._term_score(counts[t], len(tokens), t) for t in present)
            hits.append(Hit(unit, score))
        hits.sort(key=lambda h: -h.score)
        return finish(hits[: query.limit * 2 + 10], query)

    def _term_score(self, tf: int, length: int, term: str) -> float:
        n = len(self.units)
        idf = math.log(1 + (n - self.df[term] + 0.5) / (self.df[term] + 0.5))
        return idf * tf * (self.K1 + 1) / (tf + self.K1 * (1 - self.B + self.B * length / max(self.average, 1)))


def _passes(unit: SearchUnit, query: Query) -> bool:
    date = (unit.date or "")[:10]
    if (query.date_from or query.date_to) and not date:
        return False
    if query.date_from and date < (date_bound(query.date_from, start=True) or ""):
        return False
    if query.date_to and date > (date_bound(query.date_to, start=False) or ""):
        return False
    if query.kinds and unit.kind not in query.kinds:
        return False
    if query.source:
        wanted = query.source.lower()
        return wanted in unit.source.lower() or (unit.outlet or "").lower() == wanted
    return True


def stem(word: str) -> str:
    """A crude suffix stripper so "closed" finds "closing" (what FTS5's porter does, roughly)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def finish(hits: list[Hit], query: Query) -> list[Hit]:
    """One hit per span, at most ``query.limit``, query words marked.

    A span found as several kinds (a sentence that is also an event's sentence) is shown once,
    as the most specific kind, at the best rank any of its kinds had.
    """
    specific: dict[tuple[str, int, int], Hit] = {}
    order: list[tuple[str, int, int]] = []
    for hit in hits:
        key = (hit.unit.doc, hit.unit.start, hit.unit.end)
        if key not in specific:
            order.append(key)
            specific[key] = hit
        elif _KIND_ORDER[hit.unit.kind] < _KIND_ORDER[specific[key].unit.kind]:
            specific[key] = replace(hit, score=max(hit.score, specific[key].score))
    terms = [stem(t) for t in _TOKEN.findall(query.text.lower())]
    return [replace(specific[k], matches=mark_terms(specific[k].unit.text, terms)) for k in order[: query.limit]]


_KIND_ORDER = {kind: n for n, kind in enumerate(UNIT_KINDS)}


def mark_terms(text: str, stems: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the words of ``text`` that share a stem with a query word."""
    wanted = set(stems)
    return tuple((m.start(), m.end()) for m in _TOKEN.finditer(text) if stem(m.group().lower()) in wanted)


__all__ = [
    "FtsIndex",
    "Hit",
    "Mode",
    "Query",
    "ScanIndex",
    "SearchIndex",
    "ensure_indexed",
    "entity_names",
    "mark_terms",
    "open_index",
    "search",
]
