"""Exact offset maps between a document's clean text and its raw capture.

Cleaning copies runs of the raw text into the clean text and may insert a few characters of its
own (a newline between two kept blocks). An :class:`OffsetMap` records the copied runs as
``(clean_start, raw_start, length)`` blocks, so every copied character maps exactly both ways,
and an inserted character maps to the raw position where the next copied run begins.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Blocks of clean text copied verbatim from the raw text, sorted by position."""

    blocks: tuple[tuple[int, int, int], ...] = ()
    clean_length: int = 0
    raw_length: int = 0
    _clean_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    _raw_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_clean_starts", tuple(b[0] for b in self.blocks))
        object.__setattr__(self, "_raw_starts", tuple(b[1] for b in self.blocks))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        blocks = ((0, 0, length),) if length else ()
        return cls(blocks, length, length)

    def to_raw(self, pos: int) -> int:
        """Raw position of the clean character at ``pos`` (or where an inserted one stands)."""
        if not self.blocks:
            return 0
        i = bisect.bisect_right(self._clean_starts, pos) - 1
        if i >= 0:
            cs, rs, n = self.blocks[i]
            if pos < cs + n:
                return rs + (pos - cs)
            if i + 1 < len(self.blocks):
                return self.blocks[i + 1][1]
            return rs + n
        return self.blocks[0][1]

    def to_raw_end(self, end: int) -> int:
        """Raw end (exclusive) of a clean span ending at ``end``."""
        if end <= 0 or not self.blocks:
            return self.to_raw(0)
        i = bisect.bisect_right(self._clean_starts, end - 1) - 1
        if i >= 0:
            cs, rs, n = self.blocks[i]
            if end - 1 < cs + n:
                return rs + (end - cs)
            return rs + n
        return self.blocks[0][1]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        raw_start = self.to_raw(start)
        return raw_start, max(raw_start, self.to_raw_end(end))

    def to_clean(self, raw_pos: int) -> int | None:
        """Clean position of the raw character at ``raw_pos``; None if cleaning removed it."""
        i = bisect.bisect_right(self._raw_starts, raw_pos) - 1
        if i < 0:
            return None
        cs, rs, n = self.blocks[i]
        if raw_pos < rs + n:
            return cs + (raw_pos - rs)
        return None


class OffsetBuilder:
    """Builds a clean text and its :class:`OffsetMap` from pieces of a raw text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self._blocks: list[tuple[int, int, int]] = []
        self._length = 0

    @property
    def length(self) -> int:
        return self._length

    def copy(self, raw_start: int, raw_end: int) -> None:
        """Append ``raw[raw_start:raw_end]`` to the clean text, mapped exactly."""
        if raw_end <= raw_start:
            return
        if self._blocks and raw_start < self._blocks[-1][1] + self._blocks[-1][2]:
            raise ValueError("raw runs must be copied in order and must not overlap")
        self._parts.append(self.raw[raw_start:raw_end])
        n = raw_end - raw_start
        if self._blocks:
            cs, rs, m = self._blocks[-1]
            if cs + m == self._length and rs + m == raw_start:
                self._blocks[-1] = (cs, rs, m + n)
                self._length += n
                return
        self._blocks.append((self._length, raw_start, n))
        self._length += n

    def insert(self, text: str) -> None:
        """Append text that is not in the raw capture (a separator)."""
        self._parts.append(text)
        self._length += len(text)

    def ends_with(self, suffix: str) -> bool:
        return "".join(self._parts[-2:]).endswith(suffix) if self._parts else False

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self._parts)
        return text, OffsetMap(tuple(self._blocks), len(text), len(self.raw))


__all__ = ["OffsetBuilder", "OffsetMap"]
