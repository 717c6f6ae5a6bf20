"""Cuts: the parts of a raw text that cleaning takes out, and the clean text they leave.

Every cleaner in this package returns :class:`Cut` items over the raw text. :func:`apply_cuts`
copies the raw runs between cuts into the clean text (exact offsets, nothing inserted) and turns
each cut into a :class:`~storyline.records.Removal`, so a removal is never silent and the offset
map stays exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storyline.offsets import OffsetBuilder, OffsetMap
from storyline.records import Heading, Removal


@dataclass(frozen=True, slots=True)
class Cut:
    """``raw[start:end]`` is removed for ``reason``."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Mark:
    """``raw[start:end]`` is kept and is a section heading or a photo caption."""

    start: int
    end: int
    what: str  # "heading" or "caption"


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    offsets: OffsetMap
    removed: tuple[Removal, ...]
    headings: tuple[Heading, ...]
    captions: tuple[Heading, ...]


def merge_cuts(cuts: Iterable[Cut]) -> list[Cut]:
    """Sorted, non-overlapping cuts; where two overlap, the earlier-starting one wins the overlap."""
    merged: list[Cut] = []
    for cut in sorted(cuts, key=lambda c: (c.start, -c.end)):
        if cut.end <= cut.start:
            continue
        if merged and cut.start < merged[-1].end:
            last = merged[-1]
            if cut.end <= last.end:
                continue
            if cut.reason == last.reason:
                merged[-1] = Cut(last.start, cut.end, last.reason)
                continue
            cut = Cut(last.end, cut.end, cut.reason)
        merged.append(cut)
    return merged


def apply_cuts(raw: str, cuts: Iterable[Cut], marks: Iterable[Mark] = ()) -> Cleaned:
    """The clean text left by ``cuts``, its offset map, the removals and the kept marks."""
    builder = OffsetBuilder(raw)
    removed: list[Removal] = []
    pos = 0
    for cut in merge_cuts(cuts):
        builder.copy(pos, cut.start)
        removed.append(Removal(cut.start, cut.end, raw[cut.start : cut.end], cut.reason))
        pos = cut.end
    builder.copy(pos, len(raw))
    text, offsets = builder.build()
    headings: list[Heading] = []
    captions: list[Heading] = []
    for mark in marks:
        start, end = offsets.to_clean(mark.start), offsets.to_clean(mark.end - 1)
        if start is None or end is None:
            continue  # the marked text was removed after all
        (headings if mark.what == "heading" else captions).append(Heading(start, end + 1))
    return Cleaned(text, offsets, tuple(removed), tuple(sorted(headings, key=lambda h: h.start)), tuple(captions))


def line_spans(raw: str) -> list[tuple[int, int, int]]:
    """``(start, end, next)`` per line: ``raw[start:end]`` without its newline, ``next`` after it."""
    spans: list[tuple[int, int, int]] = []
    pos = 0
    n = len(raw)
    while pos < n:
        nl = raw.find("\n", pos)
        if nl < 0:
            spans.append((pos, n, n))
            break
        end = nl - 1 if nl > pos and raw[nl - 1] == "\r" else nl
        spans.append((pos, end, nl + 1))
        pos = nl + 1
    return spans
