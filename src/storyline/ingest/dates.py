"""Calendar dates as news pages write them, to ISO ``YYYY-MM-DD``.

Handles "September 11, 2023", "Sept. 11th 2023", "11 September 2023", "2023-09-11" (also with
a time), "2023/09/11" and, in labelled lines only, "9/11/2023" (read month first, as US pages
write it, unless the first number cannot be a month).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})(?!\d)"

_FORMATS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:1[89]|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:1[89]|20)\d{2})(?!\d)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date written in a text: its ISO value (None if no such day exists) and where it is."""

    iso: str | None
    text: str
    start: int
    end: int


def find_date(text: str, numeric: bool = False) -> FoundDate | None:
    """The first written date in ``text``; ``numeric`` also accepts "6/18/2024"."""
    best: tuple[int, re.Match[str]] | None = None
    for pattern in _FORMATS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[1].start()):
            best = (0, match)
    if numeric:
        match = _NUMERIC.search(text)
        if match and (best is None or match.start() < best[1].start()):
            best = (1, match)
    if best is None:
        return None
    kind, match = best
    year = int(match["year"])
    if kind == 1:
        first, second = int(match["a"]), int(match["b"])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        raw_month = match["month"]
        month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month.lower()]
        day = int(match["day"])
    return FoundDate(_iso(year, month, day), match.group(0), match.start(), match.end())


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_iso(value: str) -> str | None:
    """``value`` as ``YYYY-MM-DD`` if it is a date in any form :func:`find_date` reads."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    found = find_date(value, numeric=True)
    return found.iso if found else None


__all__ = ["FoundDate", "find_date", "normalise_iso"]
