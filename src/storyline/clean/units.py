"""Sentence units of a transcript: what ad detection labels one at a time.

Transcripts come one sentence a line (ASR exports) or wrapped at a fixed width (transcript web
pages). A unit ends at sentence-final punctuation followed by a space, and at a line break
unless the line ends without final punctuation and the next line goes on in lower case (a
wrapped sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")


@dataclass(frozen=True, slots=True)
class Unit:
    start: int  # raw offsets, stripped of surrounding whitespace
    end: int
    text: str


def split_units(raw: str, start: int = 0, end: int | None = None) -> list[Unit]:
    """The sentence units of ``raw[start:end]``."""
    end = len(raw) if end is None else end
    bounds: list[int] = []
    for m in SENTENCE_END.finditer(raw, start, end):
        following = raw[m.end() : m.end() + 3].lstrip()
        if following[:1].islower():
            continue  # "the U.S. has", "Mr. and Mrs." : an abbreviation, not a sentence end
        bounds.append(m.end())
    pos = raw.find("\n", start, end)
    while pos >= 0:
        before = raw[start:pos].rstrip()
        after = raw[pos + 1 : end].lstrip(" \t")
        wrapped = before and before[-1] not in ".!?…\"'”’" and after[:1].islower()
        if not wrapped:
            bounds.append(pos)
        pos = raw.find("\n", pos + 1, end)
    units: list[Unit] = []
    prev = start
    for b in [*sorted(set(bounds)), end]:
        if b <= prev:
            continue
        seg = raw[prev:b]
        text = seg.strip()
        if text:
            lead = len(seg) - len(seg.lstrip())
            units.append(Unit(prev + lead, prev + lead + len(text), text))
        prev = b
    return units
