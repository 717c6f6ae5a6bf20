"""Clock times and the day they fall on: "3 p.m. Wednesday", "10:30 a.m. March 5", "14:30
GMT", "noon", "midnight"."""

from __future__ import annotations

import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.date_words import day_number, month_number, weekday_number
from storyline.extract.timex.days_and_months import _resolve_day
from storyline.extract.timex.lexicon import lexicon


def _clock24(m: re.Match[str], ctx: Context) -> Value | None:
    hour, minute = int(m.group("h")), int(m.group("mi"))
    if hour > 24 or minute > 59:
        return None
    return ("TIME", f"{_day_of(m, ctx)}T{hour:02d}:{minute:02d}")


def _clock(m: re.Match[str], ctx: Context) -> Value | None:
    hour = int(m.group("h"))
    minute = int(m.group("mi") or 0)
    meridiem = m.group("ampm").lower().replace(".", "").strip()
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if meridiem == "pm" and hour != 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    return ("TIME", f"{_day_of(m, ctx)}T{hour:02d}:{minute:02d}")


def _noon(m: re.Match[str], ctx: Context) -> Value | None:
    clock = "12:00" if m.group("word").lower() == "noon" else "24:00"
    return ("TIME", f"{_day_of(m, ctx)}T{clock}")


def _day_of(m: re.Match[str], ctx: Context) -> str:
    """The day a clock time names: its weekday or relative day, else the anchor."""
    from storyline.extract.timex.relative_days import relative_day, weekday_date

    if m.group("wmon"):
        dom = day_number(m.group("wday"))
        value = _resolve_day(month_number(m.group("wmon")), dom, None, ctx) if dom and dom <= 31 else None
        if value:
            return value
    word = (m.group("when") or "").lower()
    if word and word.rstrip(".") in lexicon().weekdays:
        return weekday_date(weekday_number(word), "", ctx, early=False)
    if word:
        return relative_day(word, ctx)
    return cal.day(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
