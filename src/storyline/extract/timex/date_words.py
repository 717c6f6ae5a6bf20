"""Reading the words of a calendar expression: month, day and weekday numbers, a month word
written as a name, two-digit years and years said in words ("nineteen ninety-four")."""

from __future__ import annotations

import re

from storyline.extract.timex.context import Context
from storyline.extract.timex.lexicon import lexicon

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


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


__all__ = [
    "SPELLED_YEAR",
    "day_number",
    "is_month_name",
    "month_number",
    "spelled_year_number",
    "two_digit_year",
    "weekday_number",
    "year_number",
]
