"""Comparing partial TIMEX3 dates ("2023", "2023-09", "2023-W37", "2023-09-13")."""

from __future__ import annotations

import datetime as dt
import re

from storyline.records import EventDate

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def specificity(value: str) -> int:
    """0 year, 1 month, 2 week, 3 day."""
    if _DAY.match(value):
        return 3
    if _WEEK.match(value):
        return 2
    return 1 if re.match(r"^\d{4}-\d{2}$", value) else 0


def week_of(value: str) -> str | None:
    m = _DAY.match(value)
    if not m:
        return None
    try:
        year, week, _ = dt.date(int(m[1]), int(m[2]), int(m[3])).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def compatible(a: str, b: str) -> bool:
    """Can both values name the same time ("2023-09" and "2023-09-13"; a week and a day in it)?"""
    if a == b or a.startswith(b + "-") or b.startswith(a + "-"):
        return True
    if _WEEK.match(a) or _WEEK.match(b):
        week, other = (a, b) if _WEEK.match(a) else (b, a)
        if week_of(other) == week:
            return True
        return other == week[:4] or other in months_of_week(week)
    return False


def months_of_week(value: str) -> list[str]:
    """The months an ISO week ("2023-W37") has days in."""
    m = _WEEK.match(value)
    if not m:
        return []
    try:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return []
    sunday = monday + dt.timedelta(days=6)
    return sorted({monday.strftime("%Y-%m"), sunday.strftime("%Y-%m")})


def sort_key(value: str | None) -> str:
    """A string that sorts dates chronologically, partial ones first within their period."""
    if not value:
        return ""
    m = _WEEK.match(value)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return value[:4]
        return monday.isoformat()
    return value


def is_strong(date: EventDate | None) -> bool:
    """A date the text gives for the event, not the report date standing in for it."""
    return date is not None and date.basis in {"clause", "sentence"}


__all__ = ["compatible", "is_strong", "months_of_week", "sort_key", "specificity", "week_of"]
