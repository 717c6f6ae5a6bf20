"""Datelines: the place in capitals that opens a news story or paragraph ("SEOUL, South Korea —").

Metadata reads the story's dateline from it; kind detection counts one as a sign of print; the
quote stage looks past a paragraph's dateline when a parser makes the place the subject of a cue
("OTTAWA -- Ann Lee said").
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s+(?P<region>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # "KYIV, Ukraine, June 3 (Reuters) -"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    r"(?:\s+(?:[—–]|--?)|[—–]|--)\s*\S"  # "SEOUL —", "LONDON—", not "AFL-CIO"
)


def dateline_end(text: str, pos: int) -> int | None:
    """Where the dateline of the paragraph holding ``pos`` ends, if ``pos`` lies in it."""
    start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", start)
    match = DATELINE.match(text[start : line_end if line_end >= 0 else len(text)])
    if match is None:
        return None
    end = start + match.end() - 1  # the pattern reads the first character after the dash
    return end if pos <= end else None


__all__ = ["DATELINE", "dateline_end"]
