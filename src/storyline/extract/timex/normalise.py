"""TIMEX3 normalisation of a text's temporal expressions against an anchor date.

Usable without spaCy: :func:`normalise` gives the value of one expression, :func:`annotate`
finds and normalises all of them; a tense callback may tell which way ambiguous ones point.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Tense, TimexType
from storyline.extract.timex.grammar import Accept, resolve, scan, widen

TenseOf = Callable[[int, int], Tense | None]
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})(?:$|-)")
# Clock times that may take the day written next to them ("3 a.m. on Wednesday").
_CLOCKS = {"clock", "clock24", "noon"}
_AFTER_CLOCK = re.compile(r"\s*(?:,\s*)?(?:on\s+)?", re.IGNORECASE)
_BEFORE_CLOCK = re.compile(r"\s*(?:,\s*)?(?:at\s+)?", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d\d-\d\d|XXXX-WXX-\d")
# Rules whose day, month or quarter becomes the reference "the next day" or "a year
# earlier" count from.
_EXPLICIT = {
    "iso_date",
    "slash_date",
    "month_day",
    "day_month",
    "month_year",
    "month_alone",
    "quarter",
    "quarter_code",
    "next_day",
    "weekday",
    "rel_day",
}
_FINE = re.compile(r"^\d{4}-(?:\d\d(?:-\d\d)?|Q[1-4])$")
# Rules whose values count from the reference: they must not move it themselves.
_RELATIVE_TO_REFERENCE = {"ago", "year_ago_adjective", "quarter_ref", "relative_unit"}


@dataclass(frozen=True, slots=True)
class Timex:
    """One normalised expression: span over the text, TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str


def _as_date(anchor: str | dt.date | None) -> dt.date | None:
    if anchor is None or isinstance(anchor, dt.date):
        return anchor
    return cal.parse_anchor(anchor)


def annotate(
    text: str, anchor: str | dt.date | None, tense_of: TenseOf | None = None, accept: Accept | None = None
) -> list[Timex]:
    """Every temporal expression in ``text``, normalised in text order.

    ``anchor`` is the document date (ISO string or date); without it, relative expressions
    get TIMEX3 placeholders (``PAST_REF``, ``XXXX-WXX-3``) and only absolute ones full values.
    ``tense_of(start, end)`` gives the tense governing a span and ``accept(rule, start, end)``
    may veto a match ("2000 troops"), when a parse is at hand.
    """
    ctx = Context(anchor=_as_date(anchor))
    out: list[Timex] = []
    bare_clocks: set[int] = set()  # indexes in ``out`` of clock times that named no day
    floor = 0
    for candidate in scan(text, accept):
        tense = tense_of(candidate.start, candidate.end) if tense_of else None
        value = resolve(candidate, dataclasses.replace(ctx, tense=tense))
        if value is None:
            continue
        kind, normalised = value
        start = widen(text, candidate.start, kind, floor)
        if candidate.rule.name in _CLOCKS and not candidate.match.group("when") and not candidate.match.group("wmon"):
            bare_clocks.add(len(out))
        out.append(Timex(start, candidate.end, text[start : candidate.end], kind, normalised))
        floor = candidate.end
        if kind == "DATE" and candidate.rule.name not in _RELATIVE_TO_REFERENCE:
            quarter = _QUARTER.match(normalised)
            year = _YEAR.match(normalised)
            # Results are compared with the last quarter reported, not with one looked ahead to.
            if quarter and (ctx.anchor is None or _quarter_start(quarter) <= ctx.anchor):
                ctx = dataclasses.replace(ctx, quarter=(int(quarter.group(1)), int(quarter.group(2))))
            if year:
                ctx = dataclasses.replace(ctx, year=int(year.group(1)))
            if candidate.rule.name in _EXPLICIT and _FINE.match(normalised):
                ctx = dataclasses.replace(ctx, reference=normalised)
    return _clocks_on_their_days(text, out, bare_clocks)


def _clocks_on_their_days(text: str, found: list[Timex], bare_clocks: set[int]) -> list[Timex]:
    """ "Wednesday at 3 a.m.", "at 3 a.m. on Wednesday": the clock time takes that day."""
    out = list(found)
    for i in sorted(bare_clocks):
        clock = out[i]
        neighbours = []
        if i + 1 < len(out) and _AFTER_CLOCK.fullmatch(text[clock.end : out[i + 1].start]):
            neighbours.append(out[i + 1])
        if i > 0 and _BEFORE_CLOCK.fullmatch(text[out[i - 1].end : clock.start]):
            neighbours.append(out[i - 1])
        day = next((n.value for n in neighbours if n.type == "DATE" and _DAY.fullmatch(n.value)), None)
        if day is not None:
            out[i] = dataclasses.replace(clock, value=day + clock.value[10:])
    return out


def _quarter_start(match: re.Match[str]) -> dt.date:
    return dt.date(int(match.group(1)), 3 * int(match.group(2)) - 2, 1)


def normalise(text: str, anchor: str | dt.date | None, tense: Tense | None = None) -> str | None:
    """The TIMEX3 value of the (longest) temporal expression in ``text``, or None.

    >>> normalise("last month", "2024-06-18")
    '2024-05'
    >>> normalise("on Tuesday", "2024-06-18", tense="past")
    '2024-06-18'
    """
    found = annotate(text, anchor, (lambda start, end: tense) if tense else None)
    if not found:
        return None
    return max(found, key=lambda t: t.end - t.start).value


__all__ = ["TenseOf", "Timex", "annotate", "normalise"]
