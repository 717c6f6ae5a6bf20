"""Days and parts of days read against the anchor or the day the text last named: "today",
"tonight", "last Friday", "Monday and Tuesday nights", "this morning", "overnight", "the
next day"."""

from __future__ import annotations

import functools
import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.lexicon import alternation, lexicon
from storyline.extract.timex.vague import _FUTURE, _PAST, _PRESENT


def relative_day(word: str, ctx: Context) -> str:
    """today / yesterday / tomorrow / tonight as a day, or the TIMEX3 vague value without anchor."""
    word = re.sub(r"\s+", " ", word.lower())
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    return cal.day(cal.add_days(ctx.anchor, offset))


def weekday_date(weekday: int, rel: str, ctx: Context, early: bool) -> str:
    """The date of a weekday named in a document dated ``ctx.anchor``.

    "last Friday" is strictly before the anchor, "next Friday" strictly after; a bare weekday
    follows the tense: past = the same or previous week, future = the same or next, present
    (progressive) = the nearest. "early Wednesday" written on a Tuesday is the next day:
    news dated in one time zone reports the small hours of the next day elsewhere.
    """
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday}"
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in ("last", "this past", "past", "previous"):
        return cal.day(cal.weekday_near(ctx.anchor, weekday, "before"))
    if rel in ("next", "this coming", "coming"):
        return cal.day(cal.weekday_near(ctx.anchor, weekday, "after"))
    if rel == "this":
        return cal.day(cal.weekday_near(ctx.anchor, weekday, "nearest"))
    if early and weekday == cal.add_days(ctx.anchor, 1).isoweekday():
        return cal.day(cal.add_days(ctx.anchor, 1))
    return cal.day(cal.weekday_near(ctx.anchor, weekday, ctx.direction("past")))


def _rel_day(m: re.Match[str], ctx: Context) -> Value | None:
    word = m.group("word").lower()
    part = m.group("part")
    if ctx.anchor is None and not part:
        key = re.sub(r"\s+", " ", word)
        if key in ("today", "tonight"):
            return ("DATE", _PRESENT)
        return ("DATE", _PAST if "yesterday" in key else _FUTURE)
    day = relative_day(word, ctx)
    if word == "tonight":
        return ("TIME", f"{day}TNI")
    if part and not _edge_of_day(m, part):
        return ("TIME", f"{day}T{lexicon().day_parts[part.lower()]}")
    return ("DATE", day)


def _modifier_before(m: re.Match[str]) -> str:
    """ "early" / "late" written just before the match, else ""."""
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    found = re.search(r"\b(early|late)\s+$", before)
    return found.group(1) if found else ""


def _edge_of_day(m: re.Match[str], part: str) -> bool:
    """ "early Wednesday morning", "late Tuesday night": the modifier and the part of the day
    name the same edge of the day, which stays a day (see ``data/time/day_edges.txt``)."""
    return (_modifier_before(m), part.lower()) in lexicon().day_edges


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")


def _this_part(m: re.Match[str], ctx: Context) -> Value | None:
    rel = (m.group("rel") or "").lower()
    code = lexicon().day_parts[(m.group("part") or m.group("part2")).lower()]
    if rel == "last" and code != "NI":
        return None  # "last evening" is rare; "last afternoon" not English
    if m.group("when"):
        day = relative_day(m.group("when"), ctx)
    elif _DAY_VALUE.match(ctx.reference or "") and ctx.tense == "past" and m.group(0)[:3].lower() == "the":
        # "were dashed Friday. Dealers placed orders in the morning": a past-tense "the
        # morning" is the morning of the day the text last named, not of the anchor.
        day = ctx.reference or ""
    else:
        day = "XXXX-XX-XX" if ctx.anchor is None else cal.day(cal.add_days(ctx.anchor, -1 if rel == "last" else 0))
    return ("TIME", f"{day}T{code}")


def _overnight(m: re.Match[str], ctx: Context) -> Value | None:
    """ "prices rose overnight", "overnight losses": the night before the day spoken of
    (the day the text last named, else the anchor) in a past clause, else the anchor's."""
    if ctx.anchor is None:
        return ("TIME", "XXXX-XX-XXTNI")
    if ctx.tense != "past":
        return ("TIME", f"{cal.day(ctx.anchor)}TNI")
    base = cal.parse_anchor(ctx.reference) if _DAY_VALUE.match(ctx.reference or "") else None
    return ("TIME", f"{cal.day(cal.add_days(base or ctx.anchor, -1))}TNI")


@functools.cache
def _shared_parts() -> re.Pattern[str]:
    lex = lexicon()
    weekdays = alternation(w for w in lex.weekdays if w.endswith("day"))
    parts = alternation(p for p in lex.day_parts if p != "overnight")
    return re.compile(rf"\s+(?:and|or)\s+(?:{weekdays})\s+(?P<part>{parts})s\b", re.IGNORECASE)


def _weekday(m: re.Match[str], ctx: Context) -> Value | None:
    word = m.group("wd")
    if not word[0].isupper():
        return None
    weekday = lexicon().weekdays[word.lower()]
    part = m.group("part")
    code = lexicon().day_parts[part.lower()] if part else ""
    if m.group("plural") or m.group("parts"):
        return ("SET", f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""))
    if not part:
        # "Monday and Tuesday nights": the first weekday shares the plural part of the day.
        shared = _shared_parts().match(m.string, m.end())
        if shared:
            return ("SET", f"XXXX-WXX-{weekday}T{lexicon().day_parts[shared.group('part').lower()]}")
    # Only "early": the small hours of the next day elsewhere can be in a text dated today;
    # "late Wednesday" cannot be, on a Tuesday.
    day = weekday_date(weekday, m.group("rel") or "", ctx, _modifier_before(m) == "early")
    if code and not _edge_of_day(m, part):
        return ("TIME", f"{day}T{code}")
    return ("DATE", day)


def _weekday_from_reference(m: re.Match[str], ctx: Context) -> Value | None:
    """ "down 4% from the previous Friday": counted from the day the text last named."""
    if not m.group("wd")[0].isupper():
        return None
    weekday = lexicon().weekdays[m.group("wd").lower()]
    direction = "before" if m.group("rel").lower() in ("previous", "preceding", "prior") else "after"
    base = cal.parse_anchor(ctx.reference) if ctx.reference and len(ctx.reference) == 10 else ctx.anchor
    if base is None:
        return ("DATE", f"XXXX-WXX-{weekday}")
    return ("DATE", cal.day(cal.weekday_near(base, weekday, direction)))


def _next_day(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the next day", "the day before": a day from the last date the text named."""
    if not ctx.reference or not re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.reference):
        return None
    word = (m.group("rel") or m.group("after") or "").lower()
    offset = -1 if word in ("previous", "preceding", "prior", "before") else 1
    base = cal.parse_anchor(ctx.reference)
    return ("DATE", cal.day(cal.add_days(base, offset))) if base else None


__all__ = ["relative_day", "weekday_date"]
