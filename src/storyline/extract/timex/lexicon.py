"""Word lists for temporal expressions, read from ``storyline/data/time/`` once per process."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any


def _lines(name: str) -> list[list[str]]:
    """Non-comment lines of a data file, split on tabs when it has them, else on spaces."""
    text = resources.files("storyline.data").joinpath("time", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rows.append(line.split("\t") if "\t" in line else line.split())
    return rows


def _pairs(name: str) -> dict[str, str]:
    return {row[0].lower(): row[1] for row in _lines(name)}


def _grouped(name: str) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for row in _lines(name):
        groups.setdefault(row[0], []).append(row[1].lower())
    return {kind: tuple(items) for kind, items in groups.items()}


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    day_edges: frozenset[tuple[str, str]]  # (modifier, part) naming one edge of a day
    fuzzy: dict[str, tuple[str, str]]  # phrase -> (value, type)
    sets: dict[str, str]
    triggers: tuple[str, ...]  # further words the scan opens windows at
    holidays: dict[str, tuple[int, int]]  # name -> (month, day)
    modifiers: dict[str, tuple[str, ...]]  # kind (approximate/duration/position) -> phrases

    def number(self, text: str) -> float | None:
        """The value of a number written in digits or words; None if it is not one.

        "24", "1,000", "2 1/2", "2.5", "twenty four", "twenty-four", "a hundred",
        "two thousand", "one and a half", "a couple of".
        """
        text = text.lower().strip()
        text = re.sub(r"\s+of$", "", text)
        digits = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(\d)/(\d))?", text)
        if digits:
            value = float(digits.group(1).replace(",", ""))
            if digits.group(2):
                value += int(digits.group(2)) / int(digits.group(3))
            return value
        half = 0.0
        if text.endswith(" and a half"):
            half, text = 0.5, text[: -len(" and a half")]
        total: float = 0
        current: float = 0
        words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
        if not words:
            return None
        if len(words) > 1 and words[0] in ("a", "an"):
            words = words[1:]  # "a hundred", "a couple"
        for i, word in enumerate(words):
            word_value = self.numbers.get(word)
            if word_value is None or (word in ("a", "an") and i > 0):
                return None
            if word_value in (100, 1000):
                current = max(current, 1) * word_value
                if word_value == 1000:
                    total, current = total + current, 0
            else:
                current += word_value
        return total + current + half


@functools.cache
def lexicon() -> Lexicon:
    return Lexicon(
        months={k: int(v) for k, v in _pairs("months.txt").items()},
        weekdays={k: int(v) for k, v in _pairs("weekdays.txt").items()},
        numbers={k: int(v) for k, v in _pairs("numbers.txt").items()},
        ordinals={k: int(v) for k, v in _pairs("ordinals.txt").items()},
        units=_pairs("units.txt"),
        seasons=_pairs("seasons.txt"),
        day_parts=_pairs("day_parts.txt"),
        day_edges=frozenset((row[0].lower(), row[1].lower()) for row in _lines("day_edges.txt")),
        fuzzy={row[0].lower(): (row[1], row[2]) for row in _lines("fuzzy.txt")},
        sets=_pairs("sets.txt"),
        triggers=tuple(row[0].lower() for row in _lines("triggers.txt")),
        holidays={k: (int(v[:2]), int(v[3:])) for k, v in _pairs("holidays.txt").items()},
        modifiers=_grouped("modifiers.txt"),
    )


def alternation(words: Iterable[object]) -> str:
    """A regex matching any of ``words``, as a trie: "jan(?:uary)?" rather than "january|jan".

    Python's ``re`` tries the branches of a flat alternation one by one at every position;
    the trie shares prefixes, which makes the grammar's scan several times faster. Longer
    words come first at each branching, so the longest word wins ("sept" over "sep").
    """
    trie: dict[str, Any] = {}
    for word in {str(w).lower() for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_regex(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _depth(node: dict[str, Any]) -> int:
    return 1 + max((_depth(child) for key, child in node.items() if key), default=0)


__all__ = ["Lexicon", "alternation", "lexicon"]
