"""The lines of a capture that metadata is read from: the header and the footer.

Metadata sits in the first lines of a page or transcript capture (site chrome, headline, date,
byline, dateline) and in the last ones (copyright). Reading only those keeps metadata cheap on
long transcripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.ingest import lexicon

# 40 non-empty lines reach past the chrome, photo captions and credits of every page layout
# we have seen (the longest header, a page with three captioned photos, used 31).
HEADER_LINES = 40
# Copyright lines, sign-offs and "Published" footers sit in the last few lines.
FOOTER_LINES = 12
# Sign-ins ("From <Outlet>, I'm ...") come after a cold open, a few minutes into an episode.
SIGN_IN_CHARS = 20_000

_WORD = re.compile(r"[\w’'-]+")
_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Lines:
    """Stripped non-empty lines of the header and footer of a capture."""

    header: tuple[str, ...]
    footer: tuple[str, ...]
    head_text: str  # the start of the capture, for cues anywhere near it
    tail_text: str  # the end of the capture beyond ``head_text`` ("" for a short capture)
    subtitles: bool  # a WebVTT or SRT capture: no headline or byline to find


def split_lines(text: str) -> Lines:
    head = text[:SIGN_IN_CHARS]
    header: list[str] = []
    for line in head.splitlines():
        stripped = line.strip()
        if stripped:
            header.append(stripped)
            if len(header) >= HEADER_LINES:
                break
    tail_lines = [line.strip() for line in text[-4000:].splitlines() if line.strip()]
    footer = tuple(tail_lines[-FOOTER_LINES:])
    subtitles = text.lstrip("\ufeff \n").startswith("WEBVTT") or bool(_TIMING.search(text[:2000]))
    tail = text[max(len(head), len(text) - 4000) :]
    if subtitles:
        header = _note_lines(head)
    return Lines(tuple(header), footer, head, tail, subtitles)


def _note_lines(text: str) -> list[str]:
    """The comment blocks of a WebVTT file ("NOTE ..." up to a blank line): its only metadata."""
    found: list[str] = []
    in_note = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("NOTE"):
            in_note = True
            stripped = stripped[4:].strip()
        elif not stripped:
            in_note = False
        if in_note and stripped:
            found.append(stripped)
    return found


def is_chrome(line: str) -> bool:
    """True for a line of site chrome ("Play Live Radio", "Next Up:", "0:00 0:00", ...)."""
    return lexicon.full_line_pattern("chrome.txt").fullmatch(line) is not None


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


__all__ = ["Lines", "is_chrome", "split_lines", "word_count"]
