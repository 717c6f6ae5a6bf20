"""Years, decades and centuries: "1989", "fiscal 1990", "FY'91", "nineteen ninety-four", "the
year two thousand", "the 1980s", "the nineties", "the 19th century"."""

from __future__ import annotations

import re

from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.date_words import day_number, spelled_year_number, two_digit_year
from storyline.extract.timex.lexicon import lexicon

FLAGS = re.IGNORECASE

_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _year(m: re.Match[str], ctx: Context) -> Value | None:
    text = m.string
    start = m.start("year")
    prefix = m.group("prefix")
    year = int(m.group("year"))
    if not prefix:
        if year < 1600:
            return None
        if start > 0 and text[start - 1] == "-" and not re.search(r"mid-$", text[max(0, start - 4) : start], FLAGS):
            return None
    return ("DATE", f"{year:04d}")


def _fiscal_short(m: re.Match[str], ctx: Context) -> Value | None:
    return ("DATE", f"{two_digit_year(int(m.group('yy')), ctx):04d}")


def _spelled_year(m: re.Match[str], ctx: Context) -> Value | None:
    return ("DATE", f"{spelled_year_number(m.group('c') + ' ' + m.group('rest')):04d}")


def _year_two_thousand(m: re.Match[str], ctx: Context) -> Value | None:
    extra = lexicon().number(m.group("u")) if m.group("u") else 0
    return ("DATE", f"{2000 + int(extra or 0):04d}")


def _decade(m: re.Match[str], ctx: Context) -> Value | None:
    if m.group("full"):
        if m.group("full").endswith("0") and m.group("full") < "200":
            # "the 1800s" is the 19th century; "the 2000s" mostly the decade.
            return ("DATE", m.group("full")[:2])
        return ("DATE", m.group("full"))
    if m.group("word"):
        if not m.group("the"):
            return None  # "in his seventies" is an age; "the nineties" a decade
        digit = _DECADE_WORDS[m.group("word").lower()]
    else:
        digit = int(m.group("short"))
    pivot = ctx.anchor.year if ctx.anchor else 2030
    century = 20 if 2000 + 10 * digit <= pivot else 19
    return ("DATE", f"{century}{digit}")


def _century(m: re.Match[str], ctx: Context) -> Value | None:
    number = day_number(m.group("n"))
    if not number or number > 21:
        return None
    return ("DATE", f"{number - 1:02d}")


def _decade_fix(m: re.Match[str], ctx: Context) -> Value | None:
    """Decades written "90s" without an apostrophe use the ``short2`` group."""
    if m.group("short2") and not m.group("short"):
        if not m.group("the"):
            return None  # "in their 20s" is an age; "the 90s" a decade
        pivot = ctx.anchor.year if ctx.anchor else 2030
        digit = int(m.group("short2"))
        return ("DATE", f"{20 if 2000 + 10 * digit <= pivot else 19}{digit}")
    return _decade(m, ctx)
