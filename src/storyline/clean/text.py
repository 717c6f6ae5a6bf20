"""Text captures of web pages: player and site chrome, photo credits, repeated captions, headings.

Works line by line on the raw text. A line is judged by its shape (short, no final punctuation,
capitalised words), its neighbours (a name line next to a credit line is a photographer's name)
and repetition (a caption printed twice is kept once), with the furniture itself listed in data
files (``chrome.patterns``, ``credits.patterns``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.cuts import Cut, Mark, line_spans
from storyline.clean.lexicon import patterns

WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,:/-]*")
FINAL_PUNCT = ".!?,;:\"”'’)…"
NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "la", "le", "di", "del", "bin", "al", "el", "du", "dos"})
# A trailing credit inside a caption line: "... on Monday. (AP Photo/Jane Doe)".
INLINE_CREDIT = re.compile(
    r"\s*[(\[](?:(?:AP|AFP|EPA|Reuters|ANSA|dpa)\s*Photos?|Photo|Photograph|Image|Credit)\b[^)\]]{0,80}[)\]]\s*$",
    re.IGNORECASE,
)
# Headings are short: news headlines run up to about 16 words; body paragraphs that happen to
# lack final punctuation are much longer.
MAX_HEADING_WORDS = 18
# A date or byline line ("Updated June 1, 2024 at 2:30 PM ET", "By Jane Doe") is no heading.
NOT_HEADING = re.compile(r"^(?:(?:last\s+)?updated|published|posted|by)\b", re.IGNORECASE)
# A duplicate worth removing is a real sentence, not a repeated one-word line ("Yes").
MIN_DUPLICATE_WORDS = 5
# A caption and its repeat sit within a few lines of each other (name and credit lines between);
# on the Zyte pages, lines repeated farther apart were all wanted (recipes, tables).
CAPTION_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # raw offset of the first non-space character
    end: int  # raw offset after the last non-space character
    cut_end: int  # raw offset after the line's newline
    text: str  # stripped


def page_lines(raw: str) -> list[Line]:
    lines = []
    for start, end, nxt in line_spans(raw):
        seg = raw[start:end]
        stripped = seg.strip()
        if stripped:
            lead = len(seg) - len(seg.lstrip())
            lines.append(Line(start + lead, start + lead + len(stripped), nxt, stripped))
    return lines


# List bullets in front of a menu or share item ("- Print Article").
BULLET = re.compile(r"^[-*•·]\s+")


def is_chrome(text: str) -> bool:
    return bool(patterns("chrome.patterns").match(BULLET.sub("", text)))


def is_credit(text: str) -> bool:
    return bool(patterns("credits.patterns").match(text))


def is_name_line(text: str) -> bool:
    """Two to four capitalised words and nothing else: the shape of a person's name."""
    words = text.split()
    if not 2 <= len(words) <= 4 or text[-1] in FINAL_PUNCT:
        return False
    caps = [w for w in words if w.lower() not in NAME_PARTICLES]
    return all(w[0].isupper() and w.replace("-", "").replace(".", "").replace("'", "").isalpha() for w in caps)


def is_heading_shape(text: str) -> bool:
    words = WORD.findall(text)
    if not 1 <= len(words) <= MAX_HEADING_WORDS or text[-1] in FINAL_PUNCT or NOT_HEADING.match(text):
        return False
    return text[0].isupper() or text[0].isdigit()


def squeeze(text: str) -> str:
    return " ".join(text.lower().split())


def clean_page_text(raw: str, lines_are_paragraphs: bool = False) -> tuple[list[Cut], list[Mark]]:
    """Cuts and marks for a text capture of an article page.

    ``lines_are_paragraphs``: every line is a paragraph of its own (extracted web text, which has
    no blank lines), so any heading-shaped line is a heading.
    """
    lines = page_lines(raw)
    cuts: list[Cut] = []
    marks: list[Mark] = []
    removed: set[int] = set()

    def cut_line(i: int, reason: str) -> None:
        removed.add(i)
        cuts.append(Cut(lines[i].start, lines[i].cut_end, reason))

    credits = {i for i, line in enumerate(lines) if is_credit(line.text)}
    for i, line in enumerate(lines):
        if i in credits:
            cut_line(i, "caption-credit")
        elif is_chrome(line.text) and (lines_are_paragraphs or not NOT_HEADING.match(line.text)):
            # A text capture keeps its "Updated <date>" / byline lines: they may hold the only
            # exact date on the page. Extracted web text drops them, as article bodies do.
            cut_line(i, "boilerplate")
    # A name line right before or after a credit line is the photographer's name.
    for i in credits:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in removed and is_name_line(lines[j].text):
                cut_line(j, "caption-credit")
    # Repeated lines: the later copy goes; a copy near a credit line is a photo caption.
    first_seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        if i in removed or len(line.text.split()) < MIN_DUPLICATE_WORDS:
            continue
        key = squeeze(line.text)
        if key not in first_seen:
            first_seen[key] = i
            continue
        j = first_seen[key]
        if i - j > CAPTION_WINDOW:
            continue  # recipes, tables and lists repeat lines on purpose, far apart
        cut_line(i, "duplicate")
        near_credit = (
            any(k in credits or (k in removed and k != i) for k in range(j + 1, i)) and i - j <= CAPTION_WINDOW
        )
        if near_credit:
            marks.append(Mark(lines[j].start, lines[j].end, "caption"))
    caption_lines = {m.start for m in marks}
    for i, line in enumerate(lines):
        if i in removed:
            continue
        credit = INLINE_CREDIT.search(line.text)
        if credit and credit.start() > 0:
            cuts.append(Cut(line.start + credit.start(), line.end, "caption-credit"))
        if (
            line.start not in caption_lines
            and is_heading_shape(line.text)
            and (lines_are_paragraphs or _stands_alone(raw, line))
        ):
            marks.append(Mark(line.start, line.end, "heading"))
    return cuts, marks


def _stands_alone(raw: str, line: Line) -> bool:
    """The line is its own paragraph: a blank line (or the text's edge) before or after it."""
    before = raw[: line.start].rstrip(" \t")
    after = raw[line.cut_end :]
    blank_before = not before or before.endswith("\n\n") or before.endswith("\n\r\n") or not before.strip()
    blank_after = not after.strip() or after.startswith("\n") or after.startswith("\r\n")
    return blank_before or blank_after
