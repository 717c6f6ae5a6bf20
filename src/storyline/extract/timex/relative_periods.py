"""Weeks, months, quarters and years counted from the anchor or from the period the text last
named: "last week", "two years ago", "a year earlier", "the year-ago quarter", "fiscal year",
"year-end", "the weekend"."""

from __future__ import annotations

import math
import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.durations import unit_code
from storyline.extract.timex.lexicon import lexicon
from storyline.extract.timex.relative_days import _DAY_VALUE
from storyline.extract.timex.vague import _FUTURE, _PAST, _PRESENT

FLAGS = re.IGNORECASE
_SHIFT = {
    "this": 0,
    "current": 0,
    "present": 0,
    "same": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "preceding": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}


def _relative_unit(m: re.Match[str], ctx: Context) -> Value | None:
    if m.group("unit")[0].isupper() and not m.group(0).isupper():
        return None  # "This Week", "Next Year": a programme or a title
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    if rel == "that":
        return ("DATE", f"{ctx.year:04d}") if ctx.year and unit == "year" else None
    shift = _SHIFT[rel]
    if ctx.anchor is None:
        return ("DATE", {0: _PRESENT, -1: _PAST, 1: _FUTURE}[shift])
    a = ctx.anchor
    # "the following year" / "the previous year" / "the same year" count from the year the
    # text last named, when it named one; "next year" counts from the anchor.
    if (
        m.group("the")
        and rel in ("following", "previous", "same", "preceding", "prior")
        and unit == "year"
        and ctx.year
    ):
        return ("DATE", f"{ctx.year + shift:04d}")
    if unit == "year":
        return ("DATE", f"{a.year + shift:04d}")
    if unit == "month":
        if m.group("the") and rel in ("following", "previous", "preceding", "prior", "same") and ctx.reference:
            year, mon = cal.add_months(int(ctx.reference[:4]), int(ctx.reference[5:7]), shift)
            return ("DATE", cal.month(year, mon)) if ctx.reference[5:7].isdigit() else None
        year, mon = cal.add_months(a.year, a.month, shift)
        return ("DATE", cal.month(year, mon))
    if unit in ("week", "weekend"):
        d = cal.add_days(a, 7 * shift)
        return ("DATE", cal.weekend(d) if unit == "weekend" else cal.week(d))
    if unit == "quarter":
        year, q = cal.shift_quarter(a.year, cal.quarter_of(a), shift)
        return ("DATE", cal.quarter(year, q))
    if unit == "decade":
        return ("DATE", f"{a.year // 10 + shift:03d}")
    if unit == "century":
        return ("DATE", f"{a.year // 100 + shift:02d}")
    return None


def shifted(ctx: Context, unit: str, amount: int, base_quarter: tuple[int, int] | None = None) -> str | None:
    """The anchor moved by ``amount`` units, written at the unit's granularity."""
    a = ctx.anchor
    if a is None:
        return None
    if unit == "Y" and base_quarter:
        year, q = cal.shift_quarter(base_quarter[0], base_quarter[1], 4 * amount)
        return cal.quarter(year, q)
    if unit in ("D", "H", "MI", "S"):
        days = amount if unit == "D" else 0
        return cal.day(cal.add_days(a, days))
    if unit in ("W", "2W"):
        return cal.week(cal.add_days(a, 7 * amount * (2 if unit == "2W" else 1)))
    if unit == "WE":
        return cal.weekend(cal.add_days(a, 7 * amount))
    if unit == "M":
        year, mon = cal.add_months(a.year, a.month, amount)
        return cal.month(year, mon)
    if unit == "Q":
        year, q = cal.shift_quarter(a.year, cal.quarter_of(a), amount)
        return cal.quarter(year, q)
    if unit == "Y":
        return f"{a.year + amount:04d}"
    if unit == "E":
        return f"{(a.year + 10 * amount) // 10:03d}"
    if unit == "C":
        return f"{(a.year + 100 * amount) // 100:02d}"
    return None


def _ago(m: re.Match[str], ctx: Context) -> Value | None:
    lex = lexicon()
    direction = m.group("dir").lower()
    back = direction in ("ago", "earlier", "before", "back")
    unit = unit_code(m.group("unit"))
    if direction in ("earlier", "later", "before") and unit in ("D", "W", "H", "MI", "S"):
        return None  # "three days later" is annotated as the duration "three days"
    amount = lex.number(m.group("n")) if m.group("n") else None
    if m.group("n") is None and not m.group("unit").lower().endswith("s"):
        return None  # "year earlier" without a count belongs to another reading
    if amount is None and direction != "ago":
        return None  # "several months before" is the duration "several months"
    if amount is None or ctx.anchor is None:
        return ("DATE", _PAST if back else _FUTURE)
    whole = math.floor(amount)
    if unit == "Y" and back and ctx.quarter:
        year, q = cal.shift_quarter(ctx.quarter[0], ctx.quarter[1], -4 * whole)
        return ("DATE", cal.quarter(year, q))
    if unit == "Y" and back and ctx.reference and direction != "ago":
        # "a year earlier" in results reporting compares with the date or quarter the text
        # last named ("the quarter ended Sept. 30 ... a year earlier" = the Sept. 30 before).
        return ("DATE", year_before(ctx.reference, whole))
    if unit == "Y" and direction in ("earlier", "later", "before") and ctx.year is not None:
        # "In 2019 ... Four years later": counted from the year the text last named.
        return ("DATE", f"{ctx.year + (-whole if back else whole):04d}")
    value = shifted(ctx, unit, -whole if back else whole)
    return ("DATE", value) if value else None


def year_before(value: str, years: int) -> str:
    """A day, month or quarter value moved back whole years (Feb 29 becomes Feb 28)."""
    shifted_value = f"{int(value[:4]) - years:04d}{value[4:]}"
    if shifted_value.endswith("-02-29") and cal.safe_date(int(shifted_value[:4]), 2, 29) is None:
        return shifted_value[:-2] + "28"
    return shifted_value


def _year_ago_adjective(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.quarter:
        year, q = cal.shift_quarter(ctx.quarter[0], ctx.quarter[1], -4)
        return ("DATE", cal.quarter(year, q))
    if ctx.anchor is None:
        return ("DATE", _PAST)
    return ("DATE", f"{ctx.anchor.year - 1:04d}")


_PERIOD_MODIFIERS = {"latest", "year-earlier", "year-ago", "year-before", "comparable", "corresponding", "same"}


def _quarter_ref(m: re.Match[str], ctx: Context) -> Value | None:
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    mods = set(re.split(r"\s+", (m.group("mods") or "").lower().strip())) - {""}
    noun = m.group("noun").lower()
    tail = (m.group("tail") or "").strip().lower()
    if m.group("year"):
        number = ctx.quarter[1] if ctx.quarter else None
        return ("DATE", cal.quarter(int(m.group("year")), number) if number else m.group("year"))
    if noun == "period" and (ctx.quarter is None or not mods & _PERIOD_MODIFIERS):
        return None  # "the same period" is a quarter only in a text that reports quarters
    if ctx.anchor is None and ctx.quarter is None:
        return ("DATE", "XXXX-QX")
    if ctx.anchor is not None:
        current = (ctx.anchor.year, cal.quarter_of(ctx.anchor))
        completed = cal.shift_quarter(current[0], current[1], -1)
    else:
        current = completed = ctx.quarter  # type: ignore[assignment]
    base = ctx.quarter or completed
    if det in ("this",) or mods & {"current", "present"}:
        base = current
    elif mods & {"latest", "just-ended"} or "most" in mods:
        base = completed if ctx.quarter is None or ctx.quarter > completed else ctx.quarter
    elif det == "last" or mods & {"previous", "prior", "past", "preceding"}:
        base = completed if ctx.quarter is None or det == "last" else cal.shift_quarter(base[0], base[1], -1)
    elif det == "next":
        base = cal.shift_quarter(current[0], current[1], 1)
    if mods & {"year-earlier", "year-ago", "year-before"} or tail or det == "last year's":
        base = cal.shift_quarter(base[0], base[1], -4)
    return ("DATE", cal.quarter(*base))


def _year_end(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.anchor is None:
        return ("DATE", "XXXX-12-31")
    since = re.search(r"\bsince\s+$", m.string[max(0, m.start() - 8) : m.start()], FLAGS)
    return ("DATE", f"{ctx.anchor.year - (1 if since else 0):04d}-12-31")


_YEAR_SPAN = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\b", FLAGS)


def _year_as_span(m: re.Match[str]) -> bool:
    """ "the year ended Sept. 30", "throughout the fiscal year": a stretch of a year."""
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    return bool(_YEAR_SPAN.match(m.string, m.end()) or re.search(r"\bthroughout\s+$", before))


def _fiscal_year(m: re.Match[str], ctx: Context) -> Value | None:
    if _year_as_span(m):
        return ("DURATION", "P1Y")
    rel = (m.group("rel") or "").lower()
    if ctx.anchor is None:
        return ("DATE", _PAST if rel in ("last", "previous", "prior", "past", "latest") else _PRESENT)
    shift = -1 if rel == "latest" else _SHIFT.get(rel, 0)
    return ("DATE", f"{ctx.anchor.year + shift:04d}")


def _the_unit(m: re.Match[str], ctx: Context) -> Value | None:
    unit = m.group("unit").lower()
    if unit in ("day", "week"):
        # Only as the object of a position: "later in the day", "by the end of the week".
        before = m.string[max(0, m.start() - 20) : m.start()]
        if not re.search(
            r"\b(?:(?:earlier|later|early|late)\s+in|(?:end|start|beginning|middle)\s+of)\s+$", before, FLAGS
        ):
            return None
        if unit == "day" and _DAY_VALUE.match(ctx.reference or ""):
            # "arrived early Wednesday ... to meet later in the day": the day last named.
            return ("DATE", ctx.reference or "")
        if ctx.anchor is None:
            return ("DATE", _PRESENT)
        return ("DATE", cal.day(ctx.anchor) if unit == "day" else cal.week(ctx.anchor))
    if unit == "year" and _year_as_span(m):
        return ("DURATION", "P1Y")
    if unit == "weekend":
        if ctx.anchor is None:
            return ("DATE", "XXXX-WXX-WE")
        weekend_now = ctx.anchor.isoweekday() >= 6
        if ctx.direction("past") == "future" or weekend_now:
            return ("DATE", cal.weekend(ctx.anchor))
        return ("DATE", cal.weekend(cal.add_days(ctx.anchor, -7)))
    if ctx.anchor is None:
        return ("DATE", _PRESENT)
    if unit == "month":
        return ("DATE", cal.month(ctx.anchor.year, ctx.anchor.month))
    if unit == "decade":
        return ("DATE", f"{ctx.anchor.year // 10:03d}")
    return ("DATE", f"{ctx.anchor.year:04d}")


__all__ = ["shifted", "year_before"]
