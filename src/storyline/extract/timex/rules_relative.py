"""The table of rules for expressions read against the anchor: today, weekdays, "last week",
"two years ago", durations ("nine months" = P9M), sets ("every week") and vague references
("now").

Each rule is a pattern built from the word lists and a handler from the module of its kind:
days in :mod:`.relative_days`, weeks to years in :mod:`.relative_periods`, durations and sets in
:mod:`.durations`, vague references in :mod:`.vague`. The order of the table is the order in
which equally long matches win.
"""

from __future__ import annotations

from storyline.extract.timex.context import Rule, compile_rules
from storyline.extract.timex.durations import (
    _bare_plural,
    _duration,
    _every,
    _half_unit,
    _seasons,
    _set_adverb,
    duration,
    unit_code,
)
from storyline.extract.timex.fragments import fragments
from storyline.extract.timex.lexicon import alternation, lexicon
from storyline.extract.timex.relative_days import (
    _next_day,
    _overnight,
    _rel_day,
    _this_part,
    _weekday,
    _weekday_from_reference,
    relative_day,
    weekday_date,
)
from storyline.extract.timex.relative_periods import (
    _ago,
    _fiscal_year,
    _quarter_ref,
    _relative_unit,
    _the_unit,
    _year_ago_adjective,
    _year_end,
    shifted,
)
from storyline.extract.timex.vague import _fuzzy, _one_day, _vague_future


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
    return compile_rules(table, needs)


__all__ = ["duration", "relative_day", "rules", "shifted", "unit_code", "weekday_date"]
