"""The SQLite full-text index: units written with each document, queried with FTS5 and BM25.

Tables (created by the store's migration 2, ``storyline.store.sqlite.MIGRATIONS``)::

    search_units(id PK, doc, kind, start, "end", ref, date, title, source, outlet, text,
                 entities, vector)
    search_fts   FTS5 over (text, entities), external content = search_units

:func:`index_document` runs inside the store's transaction for the document, so a document
and its index entries are written (or replaced) together.
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

from storyline.search.units import SearchUnit, units_of

if TYPE_CHECKING:
    from storyline.store.base import StoredDocument

_COLUMNS = 'doc, kind, start, "end", ref, date, title, source, outlet, text, entities'
_WORD = re.compile(r"\w+(?:\*)?")
_PHRASE = re.compile(r'"([^"]*)"')


def index_document(conn: sqlite3.Connection, stored: StoredDocument) -> int:
    """Replace the index entries of ``stored``'s document; the number of units written."""
    remove_document(conn, stored.document.id)
    units = units_of(stored)
    for unit in units:
        cursor = conn.execute(
            f"INSERT INTO search_units({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                unit.doc,
                unit.kind,
                unit.start,
                unit.end,
                unit.ref,
                unit.date,
                unit.title,
                unit.source,
                unit.outlet,
                unit.text,
                "\n".join(unit.entities),
            ),
        )
        conn.execute(
            "INSERT INTO search_fts(rowid, text, entities) VALUES (?,?,?)",
            (cursor.lastrowid, unit.text, "\n".join(unit.entities)),
        )
    return len(units)


def remove_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Drop the index entries of one document (external-content FTS needs the old values)."""
    conn.execute(
        "INSERT INTO search_fts(search_fts, rowid, text, entities) "
        "SELECT 'delete', id, text, entities FROM search_units WHERE doc=?",
        (doc_id,),
    )
    conn.execute("DELETE FROM search_units WHERE doc=?", (doc_id,))


def unit_from_row(row: tuple[object, ...]) -> SearchUnit:
    """A unit from the columns ``_COLUMNS`` in order."""
    doc, kind, start, end, ref, date, title, source, outlet, text, entities = row
    return SearchUnit(
        doc=str(doc),
        kind=kind,  # type: ignore[arg-type]
        start=int(start),  # type: ignore[call-overload]
        end=int(end),  # type: ignore[call-overload]
        text=str(text),
        ref=ref if isinstance(ref, str) else None,
        date=date if isinstance(date, str) else None,
        entities=tuple(str(entities).split("\n")) if entities else (),
        title=str(title),
        source=str(source),
        outlet=outlet if isinstance(outlet, str) else None,
    )


def match_expression(text: str, mode: str = "all") -> str | None:
    """An FTS5 MATCH expression for what a user typed; None if it has no word.

    Every word becomes a quoted string, so FTS5 operators and punctuation in the query are
    taken literally (a query can never be a syntax error); ``"double quoted"`` parts stay
    phrases and a trailing ``*`` a prefix. ``mode`` joins the terms with AND (``all``) or OR.
    """
    terms = []
    for phrase in _PHRASE.findall(text):
        words = [w.rstrip("*") for w in _WORD.findall(phrase)]
        if words:
            terms.append('"' + " ".join(words) + '"')
    for word in _WORD.findall(_PHRASE.sub(" ", text)):
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if word:
            terms.append(f'"{word}"' + (" *" if prefix else ""))
    if not terms:
        return None
    return f" {'AND' if mode == 'all' else 'OR'} ".join(dict.fromkeys(terms))


def names_expression(names: list[str]) -> str | None:
    """An FTS5 expression matching any of ``names`` as a phrase in the entities column."""
    phrases = []
    for name in names:
        words = _WORD.findall(name.replace("*", " "))
        if words:
            phrases.append('"' + " ".join(words) + '"')
    if not phrases:
        return None
    return "entities : (" + " OR ".join(dict.fromkeys(phrases)) + ")"


__all__ = ["index_document", "match_expression", "names_expression", "remove_document", "unit_from_row"]
