"""Web pages: the main text through trafilatura, then our own refinement of it.

``Document.raw`` for an HTML capture is the text trafilatura extracts (before refinement), so
removals and the offset map are exact against it; the page itself stays in the stored capture.

Extraction favours precision (on the Zyte article benchmark: F1 0.964 against 0.960 for the
default settings and 0.959 favouring recall); when that leaves little text (a page whose body
trafilatura's precision filters throw away), the default extraction is taken instead. The
refinement (:func:`refine_page_text`) then cuts what the extractor still lets through: a
leading headline repeated from the page title, share and newsletter lines, photo credits,
and a closing run of tags or related-article links.
"""

from __future__ import annotations

import logging
import re

from storyline.clean.cuts import Cut, Mark
from storyline.clean.text import Line, clean_page_text, is_heading_shape, page_lines, squeeze
from storyline.errors import CaptureError
from storyline.records import Capture, Metadata

log = logging.getLogger(__name__)
# Below this many characters the precision-oriented extraction probably lost the body: the
# shortest gold article body of the Zyte benchmark is a few hundred characters long.
SHORT_TEXT = 500
# "Tags", "Related", "Read more": a heading that opens a closing run of links.
TAIL_OPENER = re.compile(
    r"^(?:tags?|topics?|related( articles| stories| posts)?|read more|more on this|see also)\s*:?$", re.I
)
# A related-article link line: an article title, often with a section or site after a bar.
LINK_SEPARATOR = re.compile(r"\s[|»]\s")


def html_to_text(capture: Capture) -> tuple[str, Metadata]:
    """Main text of an HTML capture (before refinement) and the metadata found in the page."""
    import trafilatura

    text = trafilatura.extract(capture.content, include_comments=False, favor_precision=True) or ""
    if len(text.strip()) < SHORT_TEXT:
        fallback = trafilatura.extract(capture.content, include_comments=False) or ""
        if len(fallback.strip()) > len(text.strip()):
            log.debug("%s: precise extraction too short, default extraction used", capture.source)
            text = fallback
    if not text.strip():
        raise CaptureError("HTML page has no main text", source=capture.source, line=capture.line)
    meta = trafilatura.extract_metadata(capture.content)
    guessed = Metadata()
    if meta is not None:
        guessed = Metadata(
            title=meta.title or None,
            outlet=meta.sitename or None,
            author=meta.author or None,
            published=(meta.date or None),
            url=meta.url or None,
            language=None,
        )
    return text, guessed


def refine_page_text(raw: str, title: str | None) -> tuple[list[Cut], list[Mark]]:
    """Cuts and marks for the extracted main text of a web page."""
    cuts, marks = clean_page_text(raw, lines_are_paragraphs=True)
    lines = page_lines(raw)
    if lines and title and _same_title(lines[0].text, title):
        cuts.append(Cut(lines[0].start, lines[0].cut_end, "title"))
    cuts.extend(_closing_links(lines))
    return cuts, marks


def _same_title(line: str, title: str) -> bool:
    a, b = squeeze(line), squeeze(title)
    return bool(a) and (a == b or (len(a) > 15 and (b.startswith(a) or a.startswith(b))))


def _closing_links(lines: list[Line]) -> list[Cut]:
    """The closing run of tag and related-link lines after a "Tags"/"Related" opener."""
    for i in range(max(0, len(lines) - 12), len(lines)):
        if TAIL_OPENER.match(lines[i].text):
            rest = lines[i + 1 :]
            if all(is_heading_shape(x.text) or ("," in x.text and x.text[-1] not in ".!?") for x in rest):
                return [Cut(lines[i].start, lines[-1].cut_end, "related")]
    run = 0
    for line in reversed(lines):
        if LINK_SEPARATOR.search(line.text) and is_heading_shape(line.text):
            run += 1
        else:
            break
    if run >= 2:
        return [Cut(lines[len(lines) - run].start, lines[-1].cut_end, "related")]
    return []
