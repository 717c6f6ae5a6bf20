"""Word lists of the speakers stage, read once from ``storyline/data/speakers``."""

from __future__ import annotations

import functools
import re
from importlib import resources


@functools.cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/speakers/NAME.txt``: one a line, lower case, ``#`` comments skipped."""
    text = resources.files("storyline.data").joinpath(f"speakers/{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry.lower())
    return tuple(entries)


def alternation(name: str) -> str:
    """The list's phrases as one regular-expression alternation, longest first, to build into a
    larger pattern."""
    return "|".join(re.escape(p) for p in sorted(load_list(name), key=len, reverse=True))


@functools.cache
def phrase_pattern(name: str) -> re.Pattern[str]:
    """One compiled alternation of the list's phrases as whole words (longest first)."""
    return re.compile(r"\b(?:" + alternation(name) + r")\b", re.IGNORECASE)


@functools.cache
def load_table(name: str) -> dict[str, str]:
    """A two-column list (``KEY<TAB>VALUE``) as a mapping."""
    table = {}
    for entry in load_list(name):
        key, _, value = entry.partition("\t")
        table[key.strip()] = value.strip()
    return table


__all__ = ["alternation", "load_list", "load_table", "phrase_pattern"]
