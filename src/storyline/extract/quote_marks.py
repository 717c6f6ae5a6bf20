"""Quotation-mark spans of a clean text, including quotes that run over several paragraphs.

News style opens every paragraph of a long quotation with an opening mark and closes only the
last one, so a paragraph that opens a quote and never closes it continues into the next
paragraph when that one opens with a mark too. Spans include their marks (PolNeAR and the
Gender Gap Tracker annotate quotations with them). A closing mark that opens a paragraph
(``”We need buses.”``) is a slip of the keyboard for an opening one: nothing before it in the
paragraph could be closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "\u201c\u201e\u00ab"  # “ „ «
CLOSE = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
DOUBLED = "''"  # two apostrophes stand for a straight double mark in some archives' text
# Paragraphs end at a blank line and at a line break before an opening mark (or a closing one
# typed for it).
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[\u201c\u201d\"]|''))")
# Captures of web pages give each paragraph one line, so a line break after a sentence's end
# ends a paragraph too, and a quotation left open there does not run on into the narration of
# the next line. Text wrapped at a fixed width (some transcripts) breaks lines anywhere.
_LINE_PARAGRAPH = re.compile(_PARAGRAPH.pattern + r"|(?<=[.?!\u201d\"'\u2019])[ \t]*\n")
# Text is wrapped when its lines are no longer than this and most of them (not the last line of
# each paragraph) come within a few characters of the longest.
_WRAP_WIDTH = 100
_WRAP_SLACK = 12
_WRAPPED_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quoted stretch ``[start, end)`` with its marks; ``chain`` numbers multi-paragraph quotes."""

    start: int
    end: int
    chain: int
    closed: bool = True


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as (start, end), blank ones left out."""
    spans, pos = [], 0
    for m in (_PARAGRAPH if _wrapped(text) else _LINE_PARAGRAPH).finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped at a fixed width: its lines (but the last of each paragraph)
    are mostly short and within a few characters of the longest of them."""
    lines = [len(ln) for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    width = max(lines)
    return width <= _WRAP_WIDTH and sum(n >= width - _WRAP_SLACK for n in lines) >= _WRAPPED_SHARE * len(lines)


def _in_paragraph(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the top-level quotations of one paragraph."""
    found: list[tuple[int, int, bool]] = []
    i = start
    first = _lstrip(text, start, end)
    while i < end:
        ch = text[i]
        width = _straight_width(text, i)
        if i == first and ch == "\u201d":
            ch = "\u201c"  # a closing mark typed for the opening one: nothing before it to close
        if ch in OPEN or (width and _opens(text, i, start)):
            closer = CLOSE if ch in OPEN else text[i : i + width]
            found_close = _closing(text, i + max(width, 1), end, ch in OPEN, closer)
            if found_close is None:
                found.append((i, _rstrip(text, i, end), False))
                break
            j, close_width = found_close
            found.append((i, j + close_width, True))
            i = j + close_width
            continue
        i += 1
    return found


def _straight_width(text: str, i: int) -> int:
    """Width of a straight double mark at ``i`` (1 for ", 2 for ''), else 0."""
    if text[i] == STRAIGHT:
        return 1
    if text.startswith(DOUBLED, i):
        return 2
    return 0


def _opens(text: str, i: int, start: int) -> bool:
    """A straight mark opens where it is not glued to the word before it."""
    return i == start or not text[i - 1].isalnum()


def _closing(text: str, i: int, end: int, curly: bool, closer: str) -> tuple[int, int] | None:
    """Position and width of the mark closing a quotation opened before ``i``."""
    depth = 0
    while i < end:
        ch = text[i]
        # Captures mix styles: a curly quotation closed by a straight mark glued to its last
        # word, or a straight one closed by a curly mark.
        glued = ch == STRAIGHT and i > 0 and not text[i - 1].isspace()
        if curly and ch in OPEN:
            depth += 1
        elif curly and (ch in closer or glued):
            if depth == 0:
                return i, 1
            depth -= 1
        elif not curly and (text.startswith(closer, i) or (closer == STRAIGHT and ch in CLOSE)):
            return i, len(closer) if text.startswith(closer, i) else 1
        i += 1
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_marked(text: str) -> tuple[MarkedSpan, ...]:
    """Every quoted stretch of ``text``; unclosed quotes chain into the next paragraph's quote."""
    out: list[MarkedSpan] = []
    chain = 0
    pending = False  # the previous paragraph ended inside an unclosed quotation
    for p_start, p_end in paragraphs(text):
        spans = _in_paragraph(text, p_start, p_end)
        continues = pending and bool(spans) and spans[0][0] == _lstrip(text, p_start, p_end)
        for n, (s, e, closed) in enumerate(spans):
            if not (n == 0 and continues):
                chain += 1
            out.append(MarkedSpan(s, e, chain, closed))
        pending = bool(spans) and not spans[-1][2]
    return tuple(out)


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


__all__ = ["MarkedSpan", "find_marked", "paragraphs"]
