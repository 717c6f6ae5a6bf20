"""Quarters, halves and seasons of a year: "the third quarter of 1989", "the first half", "Q3",
"last summer", "the spring of 1990"."""

from __future__ import annotations

import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.date_words import two_digit_year, year_number
from storyline.extract.timex.lexicon import lexicon

FLAGS = re.IGNORECASE
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(m: re.Match[str], ctx: Context) -> Value | None:
    unit = m.group("unit").lower()
    code = "Q" if unit == "quarter" else "H"
    ordinal = m.group("ord").lower()
    number = (4 if code == "Q" else 2) if ordinal in ("last", "final") else _QUARTER_ORDINALS[ordinal]
    if code == "H" and number > 2:
        return None
    if ordinal in ("last", "final") and not (m.group("year1") or m.group("year2") or m.group("year3")):
        return None  # "the last quarter" without a year is the previous quarter (relative rules)
    year: int | None = None
    for group in ("year1", "year2", "year3"):
        if m.group(group):
            year = int(m.group(group))
    rel = (m.group("rel1") or m.group("rel2") or "").lower()
    if year is None and ctx.anchor is not None:
        if rel:
            year = ctx.anchor.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
        else:
            current = cal.quarter_of(ctx.anchor) if code == "Q" else (ctx.anchor.month - 1) // 6 + 1
            year = ctx.anchor.year
            # A quarter still ahead of the anchor, spoken of in the past, is last year's.
            if number > current and ctx.tense == "past":
                year -= 1
    if m.group("det") and re.search(r"\w-(?:quarter|half)$", m.group(0), FLAGS):
        return None  # "the third-quarter loss": the article belongs to "loss" (see _quarter_adjective)
    if m.group("ago"):
        if year is None:
            return None
        year -= 1
    if year is None:
        return ("DATE", f"XXXX-{code}{number}")
    return ("DATE", f"{year:04d}-{code}{number}")


def _quarter_code(m: re.Match[str], ctx: Context) -> Value | None:
    if m.group("year"):
        year = int(m.group("year"))
        if year < 100:
            year = two_digit_year(year, ctx)
        return ("DATE", cal.quarter(year, int(m.group("n"))))
    if ctx.anchor is None:
        return ("DATE", f"XXXX-Q{m.group('n')}")
    return ("DATE", cal.quarter(ctx.anchor.year, int(m.group("n"))))


def _season(m: re.Match[str], ctx: Context) -> Value | None:
    code = lexicon().seasons[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if m.group("year"):
        return ("DATE", f"{year_number(m.group('year')):04d}-{code}")
    if not rel and not m.group("the"):
        return None  # a bare "spring" is as often a verb or a water source as a season
    if code == "FA" and not rel:
        return None  # "the fall" is mostly a drop or a collapse
    if ctx.anchor is None:
        return ("DATE", f"XXXX-{code}")
    label_year, current = cal.season_of(ctx.anchor)
    order = cal.SEASON_ORDER
    # Seasons as a sequence: index = label year * 4 + position; WI opens the label year.
    now = label_year * 4 + order.index(current)
    this = label_year * 4 + order.index(code)
    if rel in ("last", "this past", "past"):
        target = this if this < now else this - 4  # the most recent one before the current season
    elif rel in ("next", "this coming", "coming"):
        target = this if this > now else this + 4
    elif rel == "this":
        target = this
    else:
        direction = ctx.direction("nearest")
        if direction == "past":
            target = this if this <= now else this - 4
        elif direction == "future":
            target = this if this >= now else this + 4
        else:
            target = this
    return ("DATE", f"{target // 4:04d}-{code}")


def _season_fix(m: re.Match[str], ctx: Context) -> Value | None:
    if m.group("year_") and not m.group("year"):
        code = lexicon().seasons[m.group("season").lower()]
        return ("DATE", f"{year_number(m.group('year_')):04d}-{code}")
    return _season(m, ctx)
