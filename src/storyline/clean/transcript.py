"""Podcast transcripts: transcript-page chrome, show notes, sponsor reads, ASR repeats.

A transcript page starts with the episode title, a date line (often with the episode
description glued to it) and page furniture ("Transcript", "Discussion (0)"); the spoken text
follows. The furniture is cut as ``boilerplate`` (the title stays, marked as a heading); the show
notes' description stays (it names the guests and dates the episode) but its own furniture
(contact addresses, ad-choice and privacy lines) is cut; sponsor reads and promos are cut as
``ad`` (:mod:`storyline.clean.ads`); a stretch the recogniser emitted twice is cut once as
``duplicate`` (:mod:`storyline.clean.repeats`).
"""

from __future__ import annotations

import re

from storyline.clean.ads import find_ads
from storyline.clean.cuts import Cut, Mark
from storyline.clean.lexicon import patterns
from storyline.clean.repeats import find_repeats
from storyline.clean.text import Line, page_lines
from storyline.settings import Settings

# "Episode Date: September 1, 2023", "Published: ...", "Air date: ..." opening a show-notes line.
DATE_LINE = re.compile(r"^(?:episode\s+)?(?:date|published|aired|air date|released)\s*:", re.IGNORECASE)
# Show notes, when a page has them, come before the "Transcript" marker within the first lines.
HEADER_LINES = 12


def is_transcript_chrome(text: str) -> bool:
    return bool(patterns("transcript_chrome.patterns").match(text))


def looks_like_transcript_page(raw: str) -> bool:
    """A "Transcript" marker line near the top: a transcript page, whatever the kind says."""
    return any(is_transcript_chrome(line.text) for line in page_lines(raw)[:HEADER_LINES])


def clean_transcript(raw: str, settings: Settings | None = None) -> tuple[list[Cut], list[Mark]]:
    lines = page_lines(raw)
    cuts: list[Cut] = []
    marks: list[Mark] = []
    header = lines[:HEADER_LINES]
    marker = next((i for i, line in enumerate(header) if is_transcript_chrome(line.text)), None)
    body_start = 0
    if marker is not None:
        # Everything between the title and the marker is show notes and page furniture.
        if marker > 0:
            marks.append(Mark(lines[0].start, lines[0].end, "heading"))
        for line in lines[1:marker]:
            cuts.extend(_show_notes_cuts(raw, line))
        body_start = lines[marker].start
    for line in lines:
        if line.start >= body_start and (is_transcript_chrome(line.text) or DATE_LINE.match(line.text)):
            cuts.append(Cut(line.start, line.cut_end, "boilerplate"))
            body_start = max(body_start, line.cut_end) if line.start <= body_start + 1 else body_start
    spoken = _spoken_start(lines, cuts, body_start)
    cuts.extend(find_ads(raw, spoken, settings=settings))
    cuts.extend(c for c in find_repeats(raw) if c.start >= spoken)
    return cuts, marks


# A sentence end in show notes: end punctuation, then a space or a capital glued to it.
_NOTES_SENTENCE_END = re.compile(r"(?<=[.!?])(?:\s+|(?=[A-Z]))")


def _show_notes_cuts(raw: str, line: Line) -> list[Cut]:
    """Cuts for one show-notes line: the whole line if it is furniture, else its furniture sentences."""
    if is_transcript_chrome(line.text):
        return [Cut(line.start, line.cut_end, "boilerplate")]
    chrome = patterns("show_notes_chrome.patterns")
    cuts = []
    start = line.start
    for m in [*_NOTES_SENTENCE_END.finditer(raw, line.start, line.end), None]:
        end = m.start() if m else line.end
        nxt = m.end() if m else line.cut_end
        piece = raw[start:end].strip()
        if piece and chrome.match(piece):
            cuts.append(Cut(start, nxt, "boilerplate"))
        start = nxt
    return cuts


def _spoken_start(lines: list[Line], cuts: list[Cut], body_start: int) -> int:
    """Raw offset where the spoken text begins: after the leading furniture lines."""
    cut_starts = {c.start: c.end for c in cuts}
    pos = body_start
    for line in lines:
        if line.start < pos:
            continue
        if line.start in cut_starts:
            pos = cut_starts[line.start]
            continue
        return line.start
    return pos
