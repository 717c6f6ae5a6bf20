"""The SQLite full-text index: units written with each document, queried with FTS5 and BM25.

Tables (created by the store's migration 2, ``storyline.store.sqlite.MIGRATIONS``)::

    search_units(id PK, doc, kind, start, "end", ref, date, title, source, outlet, text,
                 entities, dates, vector)
    search_fts   FTS5 over (text, entities, dates), external content = search_units

``dates`` holds year, month and day tokens of the unit's date ("y2024 m202403 d20240315"), so
a date range becomes part of the MATCH (:func:`dates_expression`) and FTS5 narrows the matches
itself, instead of each match being looked up in ``search_units`` to test its date.

:func:`index_document` runs inside the store's transaction for the document, so a document
and its index entries are written (or replaced) together.
"""

from __future__ import annotations

import datetime as dt
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
        dates = date_tokens(unit.date)
        cursor = conn.execute(
            f"INSERT INTO search_units({_COLUMNS}, dates) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
                dates,
            ),
        )
        conn.execute(
            "INSERT INTO search_fts(rowid, text, entities, dates) VALUES (?,?,?,?)",
            (cursor.lastrowid, unit.text, "\n".join(unit.entities), dates),
        )
    return len(units)


def remove_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Drop the index entries of one document (external-content FTS needs the old values)."""
    conn.execute(
        "INSERT INTO search_fts(search_fts, rowid, text, entities, dates) "
        "SELECT 'delete', id, text, entities, dates FROM search_units WHERE doc=?",
        (doc_id,),
    )
    conn.execute("DELETE FROM search_units WHERE doc=?", (doc_id,))


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# A range needing more tokens than this is left to the SQL filter (still exact, only slower).
MAX_DATE_TOKENS = 200


def date_tokens(date: str | None) -> str:
    """Year, month and day tokens of an ISO date ("2024-03-15" -> "y2024 m202403 d20240315")."""
    match = _DATE.match(date or "")
    if not match:
        return ""
    year, month, day = match.groups()
    tokens = [f"y{year}"]
    if month:
        tokens.append(f"m{year}{month}")
        if day:
            tokens.append(f"d{year}{month}{day}")
    return " ".join(tokens)


def dates_expression(date_from: str | None, date_to: str | None, first: str, last: str) -> str | None:
    """An FTS5 expression matching exactly the dates in ``[date_from, date_to]`` (inclusive).

    Whole years and months inside the range become year and month tokens, the days at its
    edges day tokens. ``first`` and ``last`` are the index's earliest and latest dates (for an
    open range). None when the range needs more than ``MAX_DATE_TOKENS`` tokens.
    """
    try:
        lo = _day(date_from, start=True) if date_from else _day(first, start=True)
        hi = _day(date_to, start=False) if date_to else _day(last, start=False)
    except ValueError:
        return None
    tokens: list[str] = []
    day = lo
    while day <= hi and len(tokens) <= MAX_DATE_TOKENS:
        year_end, month_end = dt.date(day.year, 12, 31), _month_end(day)
        if day.month == 1 and day.day == 1 and year_end <= hi:
            tokens.append(f"y{day.year}")
            day = year_end + dt.timedelta(days=1)
        elif day.day == 1 and month_end <= hi:
            tokens.append(f"m{day.year}{day.month:02d}")
            day = month_end + dt.timedelta(days=1)
        else:
            tokens.append(f"d{day.year}{day.month:02d}{day.day:02d}")
            day += dt.timedelta(days=1)
    if not tokens or len(tokens) > MAX_DATE_TOKENS:
        return None
    return "dates : (" + " OR ".join(tokens) + ")"


def date_bound(text: str | None, start: bool) -> str | None:
    """A partial ISO date as the first (``start``) or last day it stands for, as text."""
    if not text:
        return None
    try:
        return _day(text, start).isoformat()
    except ValueError:
        return text


def _day(text: str, start: bool) -> dt.date:
    """The first (or last) day that a partial ISO date ("2024", "2024-03") stands for."""
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = match.groups()
    if day:
        return dt.date(int(year), int(month), int(day))
    if month:
        first = dt.date(int(year), int(month), 1)
        return first if start else _month_end(first)
    return dt.date(int(year), 1, 1) if start else dt.date(int(year), 12, 31)


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


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


__all__ = [
    "date_tokens",
    "dates_expression",
    "index_document",
    "match_expression",
    "names_expression",
    "remove_document",
    "unit_from_row",
]
