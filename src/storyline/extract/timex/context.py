"""What a rule needs to turn a match into a TIMEX3 value: the anchor, the tense, the discourse."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from storyline.extract.timex.calendar import Date

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Tense = Literal["past", "present", "future"]
Value = tuple[TimexType, str]
Handler = Callable[[re.Match[str], "Context"], Value | None]


@dataclass(frozen=True, slots=True)
class Context:
    """The anchor date (None when unknown), the tense of the governing verb, and the last
    quarter, year and explicit date the document mentioned ("the year-earlier quarter",
    "a year earlier" refer back to them)."""

    anchor: Date | None = None
    tense: Tense | None = None
    quarter: tuple[int, int] | None = None
    year: int | None = None
    reference: str | None = None  # the last explicit day, month or quarter ("Sept. 30")

    def direction(self, default: str = "past") -> str:
        """Where an ambiguous expression points: ``past`` / ``future`` / ``nearest``."""
        if self.tense == "past":
            return "past"
        if self.tense == "future":
            return "future"
        if self.tense == "present":
            return "nearest"
        return default


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the handler that normalises its matches (None rejects a match)."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    needs: re.Pattern[str] | None = None  # a word the text must hold for the rule to run at all


def compile_rules(
    table: Iterable[tuple[str, str, Handler]], needs: dict[str, str], case_sensitive: frozenset[str] = frozenset()
) -> list[Rule]:
    """The rules of a table of (name, pattern, handler), each with the word its matches need
    (``needs``, by name); patterns ignore case except those named in ``case_sensitive``."""
    rules = []
    for name, pattern, handler in table:
        flags = 0 if name in case_sensitive else re.IGNORECASE
        need = re.compile(needs[name], flags) if name in needs else None
        rules.append(Rule(name, re.compile(pattern, flags), handler, need))
    return rules


__all__ = ["Context", "Handler", "Rule", "Tense", "TimexType", "Value", "compile_rules"]
