"""Calendar arithmetic and TIMEX3 value formatting over :class:`datetime.date`.

Granularities follow TIMEX3: ``2024-06-18`` (day), ``2024-W25`` (ISO week), ``2024-06``
(month), ``2024-Q2`` (quarter), ``2024-SU`` (season), ``2024`` (year), ``202`` (decade),
``20`` (century).
"""

from __future__ import annotations

import datetime as dt
import re

Date = dt.date

# Meteorological seasons of the northern hemisphere, as TimeBank annotators read them:
# spring March-May, summer June-August, fall September-November, winter December-February
# (a December belongs to the winter of the following year's label).
SEASON_ORDER = ("WI", "SP", "SU", "FA")


def parse_anchor(published: str | None) -> Date | None:
    """The date part of an ISO date or datetime string; None when missing or malformed."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def day(d: Date) -> str:
    return d.isoformat()


def month(year: int, month_number: int) -> str:
    return f"{year:04d}-{month_number:02d}"


def week(d: Date) -> str:
    """The ISO week holding ``d``: 2024-12-30 is in 2025-W01, 2021-01-01 in 2020-W53."""
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def weekend(d: Date) -> str:
    return week(d) + "-WE"


def quarter_of(d: Date) -> int:
    return (d.month - 1) // 3 + 1


def quarter(year: int, number: int) -> str:
    return f"{year:04d}-Q{number}"


def season_of(d: Date) -> tuple[int, str]:
    """(label year, season code) of the season holding ``d``."""
    if d.month == 12:
        return d.year + 1, "WI"
    return d.year, SEASON_ORDER[d.month // 3]


def add_days(d: Date, days: int) -> Date:
    return d + dt.timedelta(days=days)


def add_months(year: int, month_number: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month_number - 1) + months
    return index // 12, index % 12 + 1


def shift_quarter(year: int, number: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (number - 1) + quarters
    return index // 4, index % 4 + 1


def safe_date(year: int, month_number: int, day_number: int) -> Date | None:
    """The date, or None for impossible ones (Feb 30, Feb 29 outside leap years)."""
    try:
        return dt.date(year, month_number, day_number)
    except ValueError:
        return None


def weekday_near(anchor: Date, weekday: int, direction: str) -> Date:
    """The day with ISO ``weekday`` relative to ``anchor``.

    ``direction``: ``"past"`` = on or before the anchor, ``"before"`` = strictly before,
    ``"future"`` = on or after, ``"after"`` = strictly after, ``"nearest"`` = the closest one
    (the anchor itself when it matches).
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == "past":
        return add_days(anchor, -back)
    if direction == "before":
        return add_days(anchor, -(back or 7))
    if direction == "future":
        return add_days(anchor, ahead)
    if direction == "after":
        return add_days(anchor, ahead or 7)
    return add_days(anchor, -back) if back <= ahead else add_days(anchor, ahead)


def month_year(anchor: Date, month_number: int, direction: str) -> int:
    """The year of the month called ``month_number`` seen from ``anchor``.

    ``past``: the most recent one, the current month included; ``future``: the next one, the
    current month included; ``before``/``after``: strictly; ``nearest``: within six months.
    """
    if direction == "past" and month_number == anchor.month % 12 + 1:
        # The month after the anchor, even in a past-tense clause, is mostly the coming
        # one ("said it expects results in mid-November", written in late October).
        return anchor.year if month_number > 1 else anchor.year + 1
    if direction in ("past", "before"):
        strict = direction == "before"
        return (
            anchor.year
            if month_number < anchor.month or (month_number == anchor.month and not strict)
            else anchor.year - 1
        )
    if direction in ("future", "after"):
        strict = direction == "after"
        return (
            anchor.year
            if month_number > anchor.month or (month_number == anchor.month and not strict)
            else anchor.year + 1
        )
    offset = month_number - anchor.month
    if offset > 6:
        return anchor.year - 1
    if offset < -6:
        return anchor.year + 1
    return anchor.year


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def interval(value: str) -> tuple[Date, Date] | None:
    """The first and last day a TIMEX3 date value covers, for ordering and overlap tests.

    "2024-06-18T14:30" and "2024-06-18TMO" -> that day; "2024-W25" -> Monday..Sunday;
    "2024-W25-WE" -> Saturday..Sunday; "2024-06"; "2024-Q3"; "2024-H2"; "2024-SU"; "2024";
    "202" (decade); "20" (century). None for durations, sets, "PAST_REF" and partly
    unknown values ("XXXX-06", "2024-XX-XX" is read as the year).
    """
    value = value.strip().split("T", 1)[0] if "T" in value[4:] else value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:-XX(?:-XX)?)?", value)
    if m:
        year = int(m.group(1))
        if m.group(3):
            d = safe_date(year, int(m.group(2)), int(m.group(3)))
            return (d, d) if d else None
        if m.group(2):
            first = safe_date(year, int(m.group(2)), 1)
            if first is None:
                return None
            y, mo = add_months(year, int(m.group(2)), 1)
            return first, dt.date(y, mo, 1) - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        return (monday + dt.timedelta(days=5) if m.group(3) else monday), monday + dt.timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
    if m:
        months = 3 if m.group(2) == "Q" else 6
        start_month = (int(m.group(3)) - 1) * months + 1
        if start_month > 12:
            return None
        y, mo = add_months(int(m.group(1)), start_month, months)
        return dt.date(int(m.group(1)), start_month, 1), dt.date(y, mo, 1) - dt.timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        year = int(m.group(1))
        if m.group(2) == "WI":  # December of the year before to February
            return dt.date(year - 1, 12, 1), dt.date(year, 3, 1) - dt.timedelta(days=1)
        first_month, last_month = _SEASON_MONTHS[m.group(2)]
        return dt.date(year, first_month, 1), dt.date(year, last_month + 1, 1) - dt.timedelta(days=1)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value) and int(value) >= 1:
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
    return None


__all__ = [
    "Date",
    "add_days",
    "add_months",
    "day",
    "interval",
    "month",
    "month_year",
    "parse_anchor",
    "quarter",
    "quarter_of",
    "safe_date",
    "season_of",
    "shift_quarter",
    "week",
    "weekday_near",
    "weekend",
]
