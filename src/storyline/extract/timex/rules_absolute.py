"""The table of rules for calendar expressions: dates, months, years, decades, centuries,
quarters, seasons and clock times. Each rule is a pattern built from the word lists and a
handler that turns a match into a TIMEX3 ``(type, value)`` against the context (None rejects).

The handlers live by kind: days and months in :mod:`.days_and_months`, years, decades and
centuries in :mod:`.years`, quarters and seasons in :mod:`.year_parts`, clock times in
:mod:`.clock_times`; the words they read (month names, ordinals, spelled years) in
:mod:`.date_words`. The order of the table is the order in which equally long matches win.
"""

from __future__ import annotations

from storyline.extract.timex.clock_times import _clock, _clock24, _noon
from storyline.extract.timex.context import Rule, compile_rules
from storyline.extract.timex.date_words import (
    _NOT_SPELLED_COUNT,
    _SPELLED_REST,
    SPELLED_YEAR,
    day_number,
    is_month_name,
    month_number,
    two_digit_year,
    weekday_number,
)
from storyline.extract.timex.days_and_months import (
    _holiday,
    _iso_date,
    _month_alone,
    _month_day,
    _month_rel_year,
    _month_year,
    _slash_date,
)
from storyline.extract.timex.fragments import fragments
from storyline.extract.timex.lexicon import alternation, lexicon
from storyline.extract.timex.year_parts import _quarter, _quarter_code, _season_fix
from storyline.extract.timex.years import _century, _decade_fix, _fiscal_short, _spelled_year, _year, _year_two_thousand


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
    # "Q3" is a quarter, "q3" is not.
    return compile_rules(table, needs, case_sensitive=frozenset({"quarter_code"}))


__all__ = ["day_number", "is_month_name", "month_number", "rules", "two_digit_year", "weekday_number"]
