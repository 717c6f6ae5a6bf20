"""Datelines: the place in capitals that opens a news paragraph ("OTTAWA --").

A dateline says where the story was filed; a parser reading "OTTAWA -- Ann Lee said" may make
the place the subject of the cue, so the speaker stage looks past it.
"""

from __future__ import annotations

import re

# A dateline opening a paragraph: a place in capitals, maybe a province or state, then a dash
# ("OTTAWA --", "HALIFAX, N.S. \u2014").
_DATELINE = re.compile(
    r"[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)? ?(?:--|\u2014|\u2013) ?"
)


def dateline_end(text: str, pos: int) -> int | None:
    """Where the dateline of the paragraph holding ``pos`` ends, if the subject lies in it."""
    start = text.rfind("\n", 0, pos) + 1
    m = _DATELINE.match(text, start)
    return m.end() if m is not None and pos < m.end() + 1 and m.end() > start else None


__all__ = ["dateline_end"]
