"""Regex fragments built from the word lists: month, weekday, number, unit, ... alternations."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from storyline.extract.timex.lexicon import alternation, lexicon


@dataclass(frozen=True, slots=True)
class Fragments:
    month: str  # "Sept." / "September" (the dot kept in the match)
    weekday: str
    day: str  # 1..31 with an optional ordinal suffix, or an ordinal word
    year: str  # four digits 1000..2099
    number: str  # digits or number words
    vague: str  # several, a few, many, some
    unit: str
    season: str
    day_part: str
    ordinal: str  # first..fourth and 1st..4th (quarters, halves)
    ordinal_last: str  # the same and "last"/"final" ("the last half of 1989")
    ordinal_any: str  # any ordinal word or digits with suffix (centuries, days)


@functools.cache
def fragments() -> Fragments:
    lex = lexicon()
    full_weekdays = [w for w in lex.weekdays if len(w) > 4 or w.endswith("day")]
    abbreviations = [w for w in lex.weekdays if w not in full_weekdays]
    # An abbreviation is a strict prefix of another name of the same month ("sept"); only
    # abbreviations take a dot, so "in March." leaves the sentence's full stop out.
    short_months = [w for w in lex.months if any(o != w and o.startswith(w) for o in lex.months)]
    full_months = [w for w in lex.months if w not in short_months]
    number_words = [w for w in lex.numbers if w not in ("a", "an", "couple", "dozen")]
    numword = alternation(number_words)
    number = (
        r"(?:\d[\d,]*(?:\.\d+)?(?:\s+\d/\d)?"
        rf"|(?:an?\s+(?=(?:hundred|thousand)\b))?(?:{numword})(?:[\s-]+(?:and\s+)?(?:{numword}))*(?:\s+and\s+a\s+half)?"
        r"|(?:a\s+)?couple\s+of|(?:a\s+)?dozen|an?)"
    )
    ordinal_words = alternation(lex.ordinals)
    return Fragments(
        month=rf"(?:(?:{alternation(full_months)})\b|(?:{alternation(short_months)})(?:\.|\b))",
        weekday=rf"(?:(?:{alternation(full_weekdays)})\b|(?:{alternation(abbreviations)})\.)",
        day=rf"(?:[0-3]?\d(?:st|nd|rd|th)?\b|(?:{ordinal_words})\b)",
        # A capital letter may follow: captures glue lines together ("2023When").
        year=r"(?:1\d{3}|20\d{2})(?!\d)(?-i:(?![a-z_]))",
        number=number,
        vague=r"(?:several|a\s+few|few|many|numerous|some|a\s+number\s+of)",
        unit=rf"(?:{alternation(lex.units)})\b",
        season=rf"(?:{alternation(lex.seasons)})\b",
        day_part=rf"(?:{alternation(lex.day_parts)})\b",
        ordinal=r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
        ordinal_last=r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)",
        ordinal_any=rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ordinal_words})",
    )


__all__ = ["Fragments", "fragments"]
