"""Word lists and patterns of the cleaning stage, read from ``storyline/data/clean/``.

One entry a line; ``#`` starts a comment. Files ending in ``.patterns`` hold regular
expressions (matched case-insensitively against a whole stripped line unless they say otherwise).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _entries(name: str) -> tuple[str, ...]:
    text = resources.files("storyline.data").joinpath("clean", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.split("  #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """A lower-cased word or phrase list."""
    return frozenset(e.lower() for e in _entries(name))


@cache
def phrases(name: str) -> tuple[str, ...]:
    """A lower-cased phrase list, longest first."""
    return tuple(sorted({e.lower() for e in _entries(name)}, key=len, reverse=True))


@cache
def patterns(name: str) -> re.Pattern[str]:
    """One compiled alternation of the file's patterns, matching a whole line."""
    alternatives = "|".join(f"(?:{p})" for p in _entries(name))
    return re.compile(rf"^(?:{alternatives})$", re.IGNORECASE)
