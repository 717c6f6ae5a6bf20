"""Rules for calendar expressions: dates, months, years, decades, centuries, quarters,
seasons and clock times. Each rule is a pattern built from the word lists and a handler
that turns a match into a TIMEX3 ``(type, value)`` against the context (None rejects)."""

from __future__ import annotations

import re

from storyline.extract.timex import calendar as cal
from storyline.extract.timex.context import Context, Rule, Value
from storyline.extract.timex.fragments import fragments
from storyline.extract.timex.lexicon import alternation, lexicon

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
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def month_number(text: str) -> int:
    return lexicon().months[text.lower().rstrip(".")]


def day_number(text: str) -> int | None:
    text = text.lower()
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return lexicon().ordinals.get(text)


def weekday_number(text: str) -> int:
    return lexicon().weekdays[text.lower().rstrip(".")]


def is_month_name(m: re.Match[str], group: str = "mon") -> bool:
    """A month word written as a name: capitalised, and not sentence-initial "May" (a modal)."""
    word = m.group(group)
    if not word[0].isupper():
        return False
    if word.lower() == "may":
        before = m.string[: m.start(group)].rstrip()
        return bool(before) and before[-1] not in ".!?\"'\n"
    return True


def two_digit_year(yy: int, ctx: Context) -> int:
    """'89 -> 1989; '15 -> 2015 when that is not after the anchor year (else 1915)."""
    pivot = ctx.anchor.year if ctx.anchor else 2030
    return 2000 + yy if 2000 + yy <= pivot + 10 else 1900 + yy


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


def _holiday(m: re.Match[str], ctx: Context) -> Value | None:
    key = re.sub(r"\s+", " ", m.group("name").lower()).replace("\u2019", "'")
    mon, dom = lexicon().holidays[key]
    if m.group("year"):
        return ("DATE", f"{int(m.group('year')):04d}-{mon:02d}-{dom:02d}")
    value = _resolve_day(mon, dom, None, ctx)
    return ("DATE", value) if value else None


def _clock24(m: re.Match[str], ctx: Context) -> Value | None:
    hour, minute = int(m.group("h")), int(m.group("mi"))
    if hour > 24 or minute > 59:
        return None
    return ("TIME", f"{_day_of(m, ctx)}T{hour:02d}:{minute:02d}")


def _fiscal_short(m: re.Match[str], ctx: Context) -> Value | None:
    return ("DATE", f"{two_digit_year(int(m.group('yy')), ctx):04d}")


# A year said in words, as transcripts write it ("nineteen ninety-four").
_SPELLED_REST = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred)\b"
)
_NOT_SPELLED_COUNT = r"(?![\s-]+(?:percent|dollars|people|years|thousand|million))"
SPELLED_YEAR = rf"(?:nineteen|twenty)[\s-]+{_SPELLED_REST}{_NOT_SPELLED_COUNT}"


def spelled_year_number(words: str) -> int:
    """The year of "nineteen ninety-four" (a match of ``SPELLED_YEAR``)."""
    century, rest_text = re.split(r"[\s-]+", words.strip().lower(), maxsplit=1)
    base = 1900 if century == "nineteen" else 2000
    rest = re.split(r"[\s-]+", rest_text)
    if rest == ["hundred"]:
        return base
    number = lexicon().numbers
    return base + sum(_TENS.get(w, number.get(w, 0)) for w in rest)


def year_number(text: str) -> int:
    """A year group written in digits or in words."""
    return int(text) if text[:1].isdigit() else spelled_year_number(text)


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
    from storyline.extract.timex.rules_relative import relative_day, weekday_date

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


def rules() -> list[Rule]:
    f = fragments()
    wd = rf"(?:(?P<wd>{f.weekday}),?\s+)?"
    when = (
        rf"(?:,?\s+(?:(?P<when>{f.weekday}|today|yesterday|tomorrow|tonight)|(?P<wmon>{f.month})\s+(?P<wday>{f.day})))?"
    )
    table = [
        ("iso_date", r"\b(\d{4})-(\d{2})-(\d{2})\b", _iso_date),
        ("slash_date", r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", _slash_date),
        (
            "month_day",
            rf"\b{wd}(?P<mon>{f.month})\s+(?:the\s+)?(?P<day>{f.day})(?!-)(?:,?\s+(?P<year>{f.year}))?",
            _month_day,
        ),
        (
            "day_month",
            rf"\b{wd}(?:the\s+)?(?P<day>{f.day})\s+(?:of\s+)?(?P<mon>{f.month})(?:,?\s+(?P<year>{f.year}))?",
            _month_day,
        ),
        (
            "month_year",
            rf"\b(?P<mon>{f.month})(?:\s+of)?,?\s+(?P<year>{f.year}|['\u2019]\d\d\b|{SPELLED_YEAR})",
            _month_year,
        ),
        ("month_rel_year", rf"\b(?P<mon>{f.month})(?:\s+of)?\s+(?P<rel>this|last|next)\s+year\b", _month_rel_year),
        (
            "month_alone",
            rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming)\s+)?(?P<mon>{f.month})(?![\w-])",
            _month_alone,
        ),
        (
            "year",
            rf"(?<![\$#£€\d.,/\w])(?:(?P<prefix>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?"
            rf"(?P<year>{f.year})(?!\s*(?:%|percent\b)|[.,]\d|-\d|/\d)",
            _year,
        ),
        ("fiscal_short", r"\b(?:fiscal(?:\s+year)?\s+|FY\s*)['\u2019]?(?P<yy>\d\d)\b", _fiscal_short),
        (
            "spelled_year",
            rf"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)[\s-]+(?P<rest>{_SPELLED_REST}){_NOT_SPELLED_COUNT}",
            _spelled_year,
        ),
        (
            "year_two_thousand",
            r"\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<u>one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?\b",
            _year_two_thousand,
        ),
        (
            "decade",
            r"(?:\b(?P<the>the)\s+)?(?:\b(?P<full>1\d\d|20\d)0['\u2019]?s\b|['\u2019](?P<short>\d)0s\b|(?<![\w-])(?P<short2>\d)0['\u2019]?s\b"
            r"|\b(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)",
            lambda m, ctx: _decade_fix(m, ctx),
        ),
        ("century", rf"\b(?:the\s+)?(?P<n>{f.ordinal_any})[\s-]+century\b", _century),
        (
            "quarter",
            rf"\b(?:(?:(?P<det>the|this)|(?P<rel1>this|last|next)\s+year['\u2019]s|(?P<year1>{f.year})['\u2019]s)\s+)?"
            r"(?:(?P<ago>year-earlier|year-ago|year-before)\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
            rf"(?:(?P<year2>{f.year})\s+)?(?P<ord>{f.ordinal_last})[\s-]+(?:(?:fiscal|calendar)[\s-]+)?(?P<unit>quarter|half)\b"
            rf"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<year3>{f.year})|(?P<rel2>this|last|next|the)\s+year\b))?",
            _quarter,
        ),
        ("quarter_code", r"\bQ(?P<n>[1-4])(?:\s+(?P<year>\d{4}|'\d\d))?\b", _quarter_code),
        (
            "season",
            rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming)\s+|(?P<the>the)\s+(?:(?:early|late|mid)[\s-]+)?)?"
            rf"(?P<season>{f.season})"
            rf"(?:\s+of\s+(?P<year>{f.year}|{SPELLED_YEAR})|\s+(?P<year_>{f.year}|{SPELLED_YEAR}))?",
            lambda m, ctx: _season_fix(m, ctx),
        ),
        (
            "clock",
            rf"\b(?P<h>\d{{1,2}})(?::(?P<mi>\d\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
            rf"(?:\s+(?:[A-Z]{{1,2}}[SD]?T|GMT|UTC)\b)?{when}",
            _clock,
        ),
        ("noon", rf"\b(?P<word>noon|midnight){when}", _noon),
        (
            "clock24",
            rf"\b(?P<h>[012]?\d)[:.](?P<mi>[0-5]\d)\s*(?:GMT|UTC|[A-Z]{{1,2}}[SD]T|CET|CEST|BST|local\s+time)\b{when}",
            _clock24,
        ),
        (
            "holiday",
            rf"\b(?P<name>{alternation(lexicon().holidays)})\b(?:,?\s+(?P<year>{f.year}))?",
            _holiday,
        ),
    ]
    # A word each rule's matches must contain: the rule is skipped for texts without it.
    needs = {
        "iso_date": r"\d{4}-\d\d-\d\d",
        "slash_date": r"\d/\d",
        "fiscal_short": r"fiscal|FY",
        "spelled_year": r"nineteen|twenty",
        "year_two_thousand": r"two\s+thousand",
        "decade": r"\d0['\u2019]?s\b|ties\b",
        "century": r"century",
        "quarter": r"quarter|half",
        "quarter_code": r"Q[1-4]",
        "season": f.season,
        "clock": r"\d\s*[ap]\.?m\b",
        "noon": r"noon|midnight",
        "clock24": r"\d[:.]\d\d",
        "holiday": alternation(lexicon().holidays),
    }
    return [
        Rule(
            name,
            re.compile(pattern, 0 if name == "quarter_code" else FLAGS),
            handler,
            re.compile(needs[name], 0 if name == "quarter_code" else FLAGS) if name in needs else None,
        )
        for name, pattern, handler in table
    ]


def _decade_fix(m: re.Match[str], ctx: Context) -> Value | None:
    """Decades written "90s" without an apostrophe use the ``short2`` group."""
    if m.group("short2") and not m.group("short"):
        if not m.group("the"):
            return None  # "in their 20s" is an age; "the 90s" a decade
        pivot = ctx.anchor.year if ctx.anchor else 2030
        digit = int(m.group("short2"))
        return ("DATE", f"{20 if 2000 + 10 * digit <= pivot else 19}{digit}")
    return _decade(m, ctx)


def _season_fix(m: re.Match[str], ctx: Context) -> Value | None:
    if m.group("year_") and not m.group("year"):
        code = lexicon().seasons[m.group("season").lower()]
        return ("DATE", f"{year_number(m.group('year_')):04d}-{code}")
    return _season(m, ctx)


__all__ = ["day_number", "is_month_name", "month_number", "rules", "two_digit_year", "weekday_number"]
