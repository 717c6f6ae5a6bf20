"""Scanning text for temporal expressions: every rule's matches, the longest non-overlapping
ones kept, spans widened over modifiers TimeBank includes ("early", "nearly", "the end of")."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.extract.timex import rules_absolute, rules_relative
from storyline.extract.timex.context import Context, Rule, Value
from storyline.extract.timex.lexicon import alternation, lexicon

# Spans are widened over the modifiers of data/time/modifiers.txt, by type.
_NEVER = re.compile(r"(?!x)x")


@functools.cache
def _prefixes() -> dict[str, re.Pattern[str]]:
    groups = lexicon().modifiers
    approximate = alternation(groups["approximate"])
    duration = alternation(groups["approximate"] + groups["duration"])
    position = alternation(groups["approximate"] + groups["position"])
    date = re.compile(rf"(?:\b(?:{position})(?:\s+|-)|\bmid-?)$", re.IGNORECASE)
    return {
        "DURATION": re.compile(rf"\b(?:{duration})\s+$", re.IGNORECASE),
        "DATE": date,
        "TIME": date,
        "SET": _NEVER,
        "APPROXIMATE": re.compile(rf"\b(?:{approximate})\s+$", re.IGNORECASE),
    }


_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
Accept = Callable[[str, int, int], bool]  # (rule name, start, end) -> keep the match?
# A neutral context for deciding whether a match reads as a time at all.
_PROBE = Context(anchor=dt.date(2000, 6, 15), quarter=(2000, 1), year=1999, reference="2000-06-01")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A match of one rule, before it is normalised in its context."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    order: int  # the rule's place in the table: earlier rules win ties


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    return tuple(rules_absolute.rules() + rules_relative.rules())


# Words every expression contains at least one of; the rules run only in windows around
# them. Expressions span at most a few dozen characters; _MARGIN leaves room on both sides
# ("the first nine months" around "months", "Monday, September 11th, 2023" around "2023").
_MARGIN = 40
_STOP = {"the", "in", "at", "as", "a", "an", "of", "more", "most", "until", "right", "just", "coming", "near"}


@functools.cache
def _triggers() -> re.Pattern[str]:
    lex = lexicon()
    words: set[str] = set()
    for table in (lex.months, lex.weekdays, lex.units, lex.seasons, lex.day_parts, lex.sets):
        words.update(table)
    for phrase in lex.fuzzy:
        words.update(w for w in phrase.split() if w not in _STOP)
    words.update(lex.ordinals)
    words.update(lex.triggers)
    return re.compile(rf"\d|\b(?:{alternation(words)})", re.IGNORECASE)


def _windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m in _triggers().finditer(text):
        start, end = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _valid_matches(rule: Rule, text: str, windows: list[tuple[int, int]], accept: Accept | None) -> list[re.Match[str]]:
    """The rule's matches that read as times; after a rejected match the search goes on
    from its second character, so "the third-quarter loss" still yields "third-quarter"."""
    out: list[re.Match[str]] = []
    for start, end in windows:
        pos = start
        while pos < end:
            m = rule.pattern.search(text, pos, end)
            if m is None:
                break
            # A window ends early only where the text goes on: a match touching that
            # artificial end could be cut short, so it is left to the next window.
            ok = m.end() > m.start() and (m.end() < end or end == len(text))
            ok = ok and (accept is None or accept(rule.name, m.start(), m.end()))
            if ok and rule.handler(m, _PROBE) is not None:
                out.append(m)
                pos = m.end()
            else:
                pos = m.start() + 1
    return out


def scan(text: str, accept: Accept | None = None) -> list[Candidate]:
    """The expressions in ``text``, in text order: longest first, then the earlier rule."""
    found: list[Candidate] = []
    windows = _windows(text)
    for order, rule in enumerate(all_rules()):
        if rule.needs is not None and rule.needs.search(text) is None:
            continue
        for match in _valid_matches(rule, text, windows, accept):
            found.append(Candidate(match.start(), match.end(), rule, match, order))
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[Candidate] = []
    for candidate in found:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def widen(text: str, start: int, kind: str, floor: int) -> int:
    """Move ``start`` left over the modifiers TimeBank includes, not past ``floor``."""
    prefixes = _prefixes()
    pattern = prefixes[kind]
    if kind == "DURATION" and re.match(r"the\s", text[start : start + 4], re.IGNORECASE):
        pattern = prefixes["APPROXIMATE"]  # "some of the past two months": "some" is no modifier
    for _ in range(3):
        window = text[max(floor, start - 30) : start]
        m = pattern.search(window)
        if not m:
            break
        start -= len(window) - m.start()
        if re.match(r"(?:early|late|mid)", m.group(0), re.IGNORECASE):
            the = _THE.search(text[max(floor, start - 5) : start])
            if the:
                start -= 4 if text[start - 4 : start].lower() == "the " else len(the.group(0))
    return start


def resolve(candidate: Candidate, ctx: Context) -> Value | None:
    return candidate.rule.handler(candidate.match, ctx)


__all__ = ["Accept", "Candidate", "all_rules", "resolve", "scan", "widen"]
