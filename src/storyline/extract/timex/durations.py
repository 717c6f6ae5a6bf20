"""Durations and sets: "nine months" = P9M, "half an hour", "for years", "every week", "weekly",
"the past three summers"."""

from __future__ import annotations

import re

from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.fragments import fragments
from storyline.extract.timex.lexicon import lexicon

FLAGS = re.IGNORECASE
_TIME_UNITS = {"H", "MI", "S"}
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


def _seasons(m: re.Match[str], ctx: Context) -> Value | None:
    return ("SET", f"XXXX-{lexicon().seasons[m.group('season').lower()]}")


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


__all__ = ["duration", "unit_code"]
