"""Comparing partial TIMEX3 dates ("2023", "2023-09", "2023-W37", "2023-09-13")."""

from __future__ import annotations

import datetime as dt
import re

from storyline.records import EventDate

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
# How long before a report an event it tells undated may have happened, to be the event
# another report dates: a month covers "yesterday", "last week" and "last month".
REPORT_BOUND_DAYS = 31


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


def shift_month(month: str, shift: int) -> str:
    """The month ``shift`` months after ``month`` ("2031-12", 1 -> "2032-01")."""
    year, number = int(month[:4]), int(month[5:7]) - 1 + shift
    return f"{year + number // 12}-{number % 12 + 1:02d}"


def days_of(value: str) -> int:
    """Days from 1900-01-01 to the first day of a date value ("2031", "2031-03", "2031-03-12")."""
    parts = (value[:10] + "-01-01")[:10].split("-")
    try:
        return (dt.date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1)) - dt.date(1900, 1, 1)).days
    except ValueError:
        return 0


def bounded_by_report(text_date: str, report_date: str) -> bool:
    """Can an event the text dates ``text_date`` (a day, week or month) be the one another
    report tells undated, dated by its report day? It happened on or before that day, shortly
    before: the period must end before the report day, at most ``REPORT_BOUND_DAYS`` before
    it ("defeated Boeing last month" and, in a report of the 1st, "have defeated Boeing"). A
    period holding the report day ("flew in April", reported on April 27) may well hold it as
    the event's day: the two stay apart rather than lose that day."""
    if specificity(text_date) < 1 or specificity(report_date) < 3:
        return False
    first = days_of(sort_key(text_date))  # the period's first day
    if specificity(text_date) == 3:
        last = first
    elif specificity(text_date) == 2:
        last = first + 6
    else:
        last = days_of(shift_month(text_date[:7], 1)) - 1
    report = days_of(report_date)
    return last < report and report - last <= REPORT_BOUND_DAYS


def is_strong(date: EventDate | None) -> bool:
    """A date the text gives for the event, not the report date standing in for it."""
    return date is not None and date.basis in {"clause", "sentence"}


__all__ = [
    "bounded_by_report",
    "compatible",
    "days_of",
    "is_strong",
    "months_of_week",
    "shift_month",
    "sort_key",
    "specificity",
    "week_of",
]
