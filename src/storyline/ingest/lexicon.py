"""Ingest lexicons and patterns, read once from ``storyline/data/ingest/*.txt``.

Each file holds one entry a line; ``#`` starts a comment line. Weighted files put the weight,
a tab, then the entry; a weight written ``2?`` marks a cue that needs extra checks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

_PACKAGE = "storyline.data"


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(_PACKAGE).joinpath("ingest", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/ingest/NAME``."""
    return _lines(name)


@functools.cache
def patterns(name: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
    """The entries of ``data/ingest/NAME`` compiled as regular expressions."""
    return tuple(re.compile(entry, flags) for entry in _lines(name))


@dataclass(frozen=True, slots=True)
class Cue:
    """A weighted pattern; ``strict`` (weight written "2?") asks the caller for extra checks."""

    weight: int
    pattern: re.Pattern[str]
    strict: bool = False


@functools.cache
def weighted_patterns(name: str, flags: int = 0) -> tuple[Cue, ...]:
    """The cues of a ``WEIGHT<TAB>REGEX`` file."""
    cues = []
    for entry in _lines(name):
        weight, _, pattern = entry.partition("\t")
        strict = weight.endswith("?")
        cues.append(Cue(int(weight.rstrip("?")), re.compile(pattern.strip(), flags), strict))
    return tuple(cues)


@functools.cache
def full_line_pattern(name: str) -> re.Pattern[str]:
    """One case-insensitive pattern that matches a whole line fitting any entry of NAME."""
    return re.compile("|".join(f"(?:{entry})" for entry in _lines(name)), re.IGNORECASE)
