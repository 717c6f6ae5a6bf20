"""Rules for expressions read against the anchor: today, weekdays, "last week", "two years
ago", durations ("nine months" = P9M), sets ("every week") and vague references ("now")."""

from __future__ import annotations

import functools
import math
import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Rule, Value
from storyline.extract.timex.fragments import fragments
from storyline.extract.timex.lexicon import alternation, lexicon

FLAGS = re.IGNORECASE
_PAST, _PRESENT, _FUTURE = "PAST_REF", "PRESENT_REF", "FUTURE_REF"
_TIME_UNITS = {"H", "MI", "S"}
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
# Fractions of a unit expressed in the next smaller one ("a minute and a half" = PT1M30S
# is written PT90S here; 1.5 years = P18M), since TIMEX3 values take whole numbers best.
_SMALLER = {
    "C": ("Y", 100),
    "Q": ("M", 3),
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("MI", 60),
    "MI": ("S", 60),
    "E": ("Y", 10),
}


def unit_code(word: str) -> str:
    return lexicon().units[re.sub(r"\s+", " ", word.lower())]


def duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: P9M, PT24H, PXY (unknown amount), P2W, PXE (decades)."""
    if unit == "2W":
        unit, amount = "W", None if amount is None else amount * 2
    if amount is not None and amount != int(amount) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        whole, rest = int(amount), round((amount - int(amount)) * factor)
        if whole == 0:
            return duration(rest, smaller)
        # "a minute and a half" = PT1M30S, "two and a half years" = P2Y6M
        first, second = _part(whole, unit), _part(rest, smaller)
        if unit in _TIME_UNITS or smaller not in _TIME_UNITS:
            return "P" + ("T" if unit in _TIME_UNITS else "") + first + second
        return f"P{first}T{second}"
    count = "X" if amount is None else str(int(amount))
    if unit in _TIME_UNITS:
        return f"PT{_part(count, unit)}"
    return f"P{_part(count, unit)}"


def _part(count: object, unit: str) -> str:
    return f"{count}{'M' if unit == 'MI' else unit}"


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


_SUBJECT_OR_MODAL = re.compile(
    r"\b(?:will|would|could|might|shall|should|must|can|may|to|he|she|they|we|you|who|it|i)\s+$", re.IGNORECASE
)


def _seasons(m: re.Match[str], ctx: Context) -> Value | None:
    return ("SET", f"XXXX-{lexicon().seasons[m.group('season').lower()]}")


def _vague_future(m: re.Match[str], ctx: Context) -> Value | None:
    return ("DATE", _FUTURE)


def _one_day(m: re.Match[str], ctx: Context) -> Value | None:
    if not _SUBJECT_OR_MODAL.search(m.string[max(0, m.start() - 8) : m.start()]):
        return None
    return ("DATE", _PAST if ctx.tense == "past" else _FUTURE)


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


def _every(m: re.Match[str], ctx: Context) -> Value | None:
    lex = lexicon()
    word = m.group("what").lower().rstrip(".")
    if word in lex.weekdays:
        return ("SET", f"XXXX-WXX-{lex.weekdays[word]}")
    if word in lex.months:
        return ("SET", f"XXXX-{lex.months[word]:02d}")
    if word in lex.seasons:
        return ("SET", f"XXXX-{lex.seasons[word]}")
    amount = lex.number(m.group("n")) if m.group("n") else 1.0
    if m.group("other"):
        amount = 2.0
    return ("SET", duration(amount, unit_code(word)))


def _set_adverb(m: re.Match[str], ctx: Context) -> Value | None:
    return ("SET", lexicon().sets[m.group(0).lower()])


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


def _duration(m: re.Match[str], ctx: Context) -> Value | None:
    lex = lexicon()
    word = m.group("unit").lower()
    raw = m.group("n").lower()
    if raw in ("a", "an") and word in ("second", "quarter"):
        return None  # "a second term", "a quarter of the shares"
    if m.group("the") and re.search(r"\w-\w+$", m.group(0)):
        return None  # "the eight-year contract": the article belongs to the noun
    if re.fullmatch(r"1\d{3}|20\d\d", raw):
        return None  # "the 1988 quarter" names a year
    amount = lex.number(raw)
    if amount is None and not re.fullmatch(fragments().vague, raw, FLAGS):
        return None
    if amount is not None and amount <= 0:
        return None
    if re.match(r"\s+old\b", m.string[m.end() : m.end() + 5]):
        return None  # "52 years old" is an age
    if word.startswith("quarter") and "-" in m.group(0):
        return None  # "three-quarters" is a fraction
    if amount is not None and m.group("half"):
        amount += 0.5
    return ("DURATION", duration(amount, unit_code(word)))


def _half_unit(m: re.Match[str], ctx: Context) -> Value | None:
    return ("DURATION", duration(0.5, unit_code(m.group("unit"))))


_PLURAL_CUE = re.compile(r"\b(?:for|over|within|took|take|takes|taken|lasted|in|after|spent|spend|than)\s+$", FLAGS)


def _bare_plural(m: re.Match[str], ctx: Context) -> Value | None:
    if not _PLURAL_CUE.search(m.string[max(0, m.start() - 10) : m.start()]):
        return None
    return ("DURATION", duration(None, unit_code(m.group("unit"))))


_CONJUNCTION = re.compile(r"\s+(?:after|before|as|thereafter)\b", FLAGS)


def _fuzzy(m: re.Match[str], ctx: Context) -> Value | None:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    if phrase == "soon" and (
        _CONJUNCTION.match(m.string, m.end())
        or re.search(r"\bas\s+$", m.string[max(0, m.start() - 4) : m.start()], FLAGS)
    ):
        return None  # "soon after the vote", "as soon as": a conjunction, not a time
    value, kind = lexicon().fuzzy[phrase]
    return (kind, value)  # type: ignore[return-value]


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


def _next_day(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the next day", "the day before": a day from the last date the text named."""
    if not ctx.reference or not re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.reference):
        return None
    word = (m.group("rel") or m.group("after") or "").lower()
    offset = -1 if word in ("previous", "preceding", "prior", "before") else 1
    base = cal.parse_anchor(ctx.reference)
    return ("DATE", cal.day(cal.add_days(base, offset))) if base else None


def rules() -> list[Rule]:
    f = fragments()
    lex = lexicon()
    full_weekdays = alternation(w for w in lex.weekdays if w.endswith("day"))
    parts = alternation(p for p in lex.day_parts if p != "overnight")
    table = [
        (
            "rel_day",
            rf"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)\b"
            rf"(?:\s+(?P<part>{parts})\b)?",
            _rel_day,
        ),
        (
            "this_part",
            r"\b(?:(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)|(?:the|mid)[\s-]?(?P<part2>morning|afternoon|evening)"
            r"(?:\s+(?P<when>yesterday|today|tomorrow))?)\b",
            _this_part,
        ),
        # Not after an article: "an overnight stay", "an overnight success" are no times.
        ("overnight", r"(?<![Aa]n\s)(?<![Aa]\s)\bovernight\b", _overnight),
        (
            "weekday",
            r"\b(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?"
            rf"(?P<wd>{full_weekdays})(?P<plural>s)?\b(?:\s+(?P<part>{parts})(?P<parts>s)?\b)?",
            _weekday,
        ),
        (
            "weekday_ref",
            rf"\bthe\s+(?P<rel>previous|following|preceding|prior|next)\s+(?P<wd>{full_weekdays})\b",
            _weekday_from_reference,
        ),
        # "in a year or two", "in a week or so": an unknown time ahead, not a duration
        # ("within a year or two" bounds a duration and stays one).
        (
            "in_a_unit_or_so",
            r"(?<=\bin\s)(?:a|an|one)\s+(?:day|week|month|year|decade)\s+or\s+(?:two|so)\b(?!\s+(?:ago|earlier|before|later))",
            _vague_future,
        ),
        # "will one day be", "hoped he one day follows": between a subject or a modal and its
        # verb, "one day" is "some day", a vague reference, not a one-day duration.
        (
            "one_day",
            r"\bone\s+day\b(?=\s+[a-z])(?!\s+(?:of|later|after|before|earlier|in|on|at|and|or|ago|last|next|this|that|the|a|an|per|each|every)\b)",
            _one_day,
        ),
        # "the past three summers", "the last few winters": that season, year after year.
        (
            "seasons",
            rf"\b(?:the\s+)?(?:past|last|next|coming)\s+(?:{f.number}|few|several)\s+(?P<season>{alternation(lex.seasons)})s\b",
            _seasons,
        ),
        (
            "every",
            rf"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{f.number})\s+)?"
            rf"(?P<what>{f.unit}|{full_weekdays}\b|{f.month}|{f.season})",
            _every,
        ),
        ("set_adverb", rf"\b(?:{alternation(lex.sets)})\b", _set_adverb),
        (
            "relative_unit",
            r"\b(?:(?P<the>the)\s+)?(?P<rel>this|that|last|next|past|coming|previous|current|present|following|same|preceding|prior)"
            r"\s+(?P<unit>week|month|year|quarter|decade|century|weekend)\b(?!-)",
            _relative_unit,
        ),
        (
            "ago",
            rf"\b(?:(?P<n>{f.number}|{f.vague})[\s-]+)?(?P<unit>{f.unit})(?:\s+or\s+(?:so|two|three))?\s+(?P<dir>ago|earlier|later|before|from\s+now|hence|back)\b",
            _ago,
        ),
        (
            "year_ago_adjective",
            r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-earlier|year-ago|year-before)\b(?!\s+(?:quarter|period|"
            r"first|second|third|fourth|nine|six|three))",
            _year_ago_adjective,
        ),
        (
            "quarter_ref",
            r"\b(?P<det>the|that|this|last|next|its|last\s+year['\u2019]s|this\s+year['\u2019]s)\s+(?:(?P<year>(?:1\d|20)\d\d)\s+)?(?P<mods>(?:(?:latest|current|"
            r"most\s+recent|recent|same|comparable|corresponding|previous|prior|past|fiscal|just-ended|year-earlier|year-ago"
            r"|year-before)\s+)*)(?P<noun>quarter|period)\b(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year)\b)?(?!-)",
            _quarter_ref,
        ),
        (
            "duration",
            r"\b(?:(?P<the>the)\s+(?:(?:first|last|past|next|latest|previous|coming|final|remaining|year-earlier|year-ago|same|"
            r"initial|following|ensuing|full|entire|whole)\s+)?)?"
            rf"(?P<n>{f.number}|{f.vague})[\s-]+(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|long)"
            rf"[\s-]+)?(?P<unit>{f.unit})(?:-old|-long)?(?P<half>\s+and\s+a\s+half\b)?",
            _duration,
        ),
        (
            "half_unit",
            r"\b(?:a\s+)?half[\s-](?:an?\s+)?(?P<unit>hour|day|year|month|week|minute|century|decade)\b",
            _half_unit,
        ),
        (
            "bare_plural",
            r"\b(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b(?!['\u2019-])",
            _bare_plural,
        ),
        ("fuzzy", rf"\b(?:{alternation(lex.fuzzy)})\b(?![-'\u2019])", _fuzzy),
        ("year_end", r"\b(?:the\s+)?year(?:[\s-]|['\u2019]s\s+)end\b", _year_end),
        (
            "fiscal_year",
            r"\b(?:the\s+|its\s+)?(?:(?P<rel>current|last|next|this|previous|prior|past|latest|coming|same|full)\s+)?"
            r"(?:fiscal|financial)[\s-]+year\b(?!\s+\d)",
            _fiscal_year,
        ),
        ("the_unit", r"\bthe\s+(?:full\s+)?(?P<unit>year|weekend|month|decade|day|week)\b(?![-'\u2019])", _the_unit),
        (
            "next_day",
            r"\bthe\s+(?:(?P<rel>next|following|previous|preceding|prior)\s+day|day\s+(?P<after>before|after))\b",
            _next_day,
        ),
    ]
    # A word each rule's matches must contain: the rule is skipped for texts without it.
    needs = {
        "rel_day": r"today|tonight|yesterday|tomorrow",
        "this_part": r"morning|afternoon|evening|night",
        "weekday_ref": r"previous|following|preceding|prior|next",
        "every": r"\b(?:every|each)\b",
        "set_adverb": alternation(lex.sets),
        "ago": r"\b(?:ago|earlier|later|before|now|hence|back)\b",
        "year_ago_adjective": r"year-(?:earlier|ago|before)",
        "quarter_ref": r"quarter|period",
        "half_unit": r"half",
        "fiscal_year": r"fiscal|financial",
        "year_end": r"year(?:[\s-]|['\u2019]s\s+)end",
        "next_day": r"\bday\b",
    }
    return [
        Rule(name, re.compile(pattern, FLAGS), handler, re.compile(needs[name], FLAGS) if name in needs else None)
        for name, pattern, handler in table
    ]


__all__ = ["duration", "relative_day", "rules", "shifted", "unit_code", "weekday_date"]
