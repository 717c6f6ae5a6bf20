"""Days and months named on the calendar: ISO and slash dates, "March 5", "5th of March",
"March 1989", "March of next year", "last February", holidays. A day or month without a year
takes the year its weekday or its clause's tense points to."""

from __future__ import annotations

import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.date_words import (
    day_number,
    is_month_name,
    month_number,
    two_digit_year,
    weekday_number,
    year_number,
)
from storyline.extract.timex.lexicon import lexicon


def _iso_date(m: re.Match[str], ctx: Context) -> Value | None:
    d = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return ("DATE", cal.day(d)) if d else None


def _slash_date(m: re.Match[str], ctx: Context) -> Value | None:
    year = int(m.group(3))
    if year < 100:
        year = two_digit_year(year, ctx)
    d = cal.safe_date(year, int(m.group(1)), int(m.group(2)))
    return ("DATE", cal.day(d)) if d else None


def _resolve_day(mon: int, dom: int, weekday: int | None, ctx: Context) -> str | None:
    """A day of a month without a year: the year that fits the weekday if one is given,
    else the one the tense points to, staying within a month of the anchor's year."""
    if ctx.anchor is None:
        if cal.safe_date(2000, mon, dom) is None:  # 2000 is a leap year: Feb 29 passes
            return None
        return f"XXXX-{mon:02d}-{dom:02d}"
    options = [(y, cal.safe_date(y, mon, dom)) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    dates = [d for _, d in options if d is not None]
    if not dates:
        return None
    if weekday is not None:
        fitting = [d for d in dates if d.isoweekday() == weekday]
        if fitting:
            return cal.day(min(fitting, key=lambda d: abs((d - ctx.anchor).days)))  # type: ignore[operator]
    this_year = cal.safe_date(ctx.anchor.year, mon, dom)
    # Leap days: Feb 29 in a common year goes to the nearest leap year.
    if this_year is None:
        return cal.day(min(dates, key=lambda d: abs((d - ctx.anchor).days)))  # type: ignore[operator]
    gap = (this_year - ctx.anchor).days
    # Slack: a past-tense clause still names dates up to two months ahead ("declared a
    # dividend payable Dec. 7" in late October), a future one dates a month back.
    direction = ctx.direction("nearest")
    if direction == "past" and gap > 62:
        return (
            cal.day(this_year.replace(year=this_year.year - 1)) if cal.safe_date(this_year.year - 1, mon, dom) else None
        )
    if direction == "future" and gap < -31:
        return (
            cal.day(this_year.replace(year=this_year.year + 1)) if cal.safe_date(this_year.year + 1, mon, dom) else None
        )
    if direction == "nearest" and abs(gap) > 183:
        year = this_year.year - 1 if gap > 0 else this_year.year + 1
        d = cal.safe_date(year, mon, dom)
        return cal.day(d) if d else None
    return cal.day(this_year)


def _month_day(m: re.Match[str], ctx: Context) -> Value | None:
    if not is_month_name(m):
        return None
    dom = day_number(m.group("day"))
    if dom is None or not 1 <= dom <= 31:
        return None
    mon = month_number(m.group("mon"))
    if m.group("year"):
        d = cal.safe_date(int(m.group("year")), mon, dom)
        return ("DATE", cal.day(d)) if d else None
    weekday = weekday_number(m.group("wd")) if m.group("wd") else None
    value = _resolve_day(mon, dom, weekday, ctx)
    return ("DATE", value) if value else None


def _month_year(m: re.Match[str], ctx: Context) -> Value | None:
    if not is_month_name(m):
        return None
    year = m.group("year")
    number = int(year[1:]) if year.startswith(("'", "\u2019")) else year_number(year)
    if number < 100:
        number = two_digit_year(number, ctx)
    return ("DATE", cal.month(number, month_number(m.group("mon"))))


def _month_rel_year(m: re.Match[str], ctx: Context) -> Value | None:
    if not is_month_name(m):
        return None
    mon = month_number(m.group("mon"))
    if ctx.anchor is None:
        return ("DATE", f"XXXX-{mon:02d}")
    shift = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    return ("DATE", cal.month(ctx.anchor.year + shift, mon))


# "since" right before a month name: the month the state began, so one in the past.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _month_alone(m: re.Match[str], ctx: Context) -> Value | None:
    word = m.group("mon")
    rel = (m.group("rel") or "").lower()
    if not is_month_name(m):
        return None
    if not rel and len(word.rstrip(".")) <= 3 and not word.endswith(".") and word.lower() != "may":
        return None  # a bare "Mar" or "Jan" is more often a name than a month
    mon = month_number(word)
    if ctx.anchor is None:
        return ("DATE", f"XXXX-{mon:02d}")
    rel = re.sub(r"\s+", " ", rel)
    direction = {
        "last": "before",
        "this past": "before",
        "past": "before",
        "next": "after",
        "this coming": "after",
        "coming": "after",
    }.get(rel) or ctx.direction("past")
    if rel == "this":
        return ("DATE", cal.month(ctx.anchor.year, mon))
    if not rel and _SINCE.search(m.string, max(0, m.start() - 8), m.start()):
        # "has been trying since December": a starting point lies in the past, whatever the tense
        return ("DATE", cal.month(ctx.anchor.year - (mon > ctx.anchor.month), mon))
    year = cal.month_year(ctx.anchor, mon, direction)
    # The month just before the anchor is "last month" and the one just after "next month":
    # said with the month's name, "last February" in March is the February a year earlier.
    if rel == "last" and cal.add_months(ctx.anchor.year, ctx.anchor.month, -1) == (year, mon):
        year -= 1
    if rel == "next" and cal.add_months(ctx.anchor.year, ctx.anchor.month, 1) == (year, mon):
        year += 1
    return ("DATE", cal.month(year, mon))


def _holiday(m: re.Match[str], ctx: Context) -> Value | None:
    key = re.sub(r"\s+", " ", m.group("name").lower()).replace("\u2019", "'")
    mon, dom = lexicon().holidays[key]
    if m.group("year"):
        return ("DATE", f"{int(m.group('year')):04d}-{mon:02d}-{dom:02d}")
    value = _resolve_day(mon, dom, None, ctx)
    return ("DATE", value) if value else None
