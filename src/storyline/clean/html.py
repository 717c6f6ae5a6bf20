"""Web pages: the main text through trafilatura, then our own refinement of it.

``Document.raw`` for an HTML capture is the extracted text (trafilatura's, completed from the
page as below, before refinement), so removals and the offset map are exact against it; the
page itself stays in the stored capture.

Extraction favours precision (on the Zyte article benchmark: F1 0.964 against 0.960 for the
default settings and 0.959 favouring recall); when that leaves little text (a page whose body
trafilatura's precision filters throw away), the default extraction is taken instead. Some
sites split an article body into several same-class containers, of which trafilatura keeps
the first: :func:`~storyline.clean.html_dom.add_sibling_chunks` adds the others' paragraphs
(Zyte recall 0.976 to 0.982), and :func:`~storyline.clean.html_dom.add_quotes` the embedded
posts and quotes it skipped between two body paragraphs (recall 0.982 to 0.985); lines of the
default extraction that fill a gap of the precise one are taken over too
(:mod:`storyline.clean.html_merge`, recall 0.985 to 0.987). The page is
parsed once (:func:`~storyline.clean.html_dom.parse_page`) for extraction, metadata and refinement.

The refinement (:func:`refine_page_text`) then cuts what the extractor still lets through:
the headline, repeated or reworded, near the top or verbatim anywhere; share, newsletter and
credit lines; a closing run of tags or related-article links; a closing run of contact,
follow, newsletter and contributor lines (``html_tail.patterns``); and, read from the page's
DOM, a headline or standfirst from a heading element opening the text and runs of
related-article links (:mod:`storyline.clean.html_dom`).
"""

from __future__ import annotations

import logging
import re

from storyline.clean.cuts import Cut, Mark
from storyline.clean.html_dom import add_quotes, add_sibling_chunks, dom_cuts, parse_page
from storyline.clean.html_merge import add_gap_lines
from storyline.clean.lexicon import patterns
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
# A headline repeated in the body with small changes ("HS" for "High School", a name added):
# this share of word overlap (Dice) with the page title; on the Zyte pages the reworded
# headlines scored 0.82 and more, real first lines that share words with the title at most 0.67.
TITLE_DICE = 0.8
# ... and this many words at least: a short section heading ("Calendar 2018") may echo a title.
TITLE_MIN_WORDS = 6
# A reworded headline sits among the first lines, before or after a kicker or date line.
TITLE_LINES = 3
# The closing furniture run is looked for among the last lines only.
TAIL_LINES = 6
TOKEN = re.compile(r"\w+")
# A heading of this many words at most, with nothing but closing furniture after it, is that
# furniture's label.
LABEL_MAX_WORDS = 4
# A date line opening the text ("Monday, 22 October 2018 at 20:13", "5:45 AM PST 11/19/2019 by
# Jane Doe"): a year with a time of day or a numeric date, in a short line that is no sentence.
# On the Zyte pages the five such first lines were all page furniture.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
TIME_OR_NUMERIC_DATE = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
DATELINE_MAX_WORDS = 16
# The label of a share button glued to the sentence it shares ("... business.Click To Tweet").
SHARE_BUTTON = re.compile(r"\s*\bclick to tweet\s*$", re.IGNORECASE)


def html_to_text(capture: Capture) -> tuple[str, Metadata]:
    """Main text of an HTML capture (before refinement) and the metadata found in the page."""
    import trafilatura

    page = parse_page(capture.content)
    if page is None:
        raise CaptureError("HTML page cannot be parsed", source=capture.source, line=capture.line)
    text = trafilatura.extract(page, include_comments=False, favor_precision=True) or ""
    if len(text.strip()) < SHORT_TEXT:
        fallback = trafilatura.extract(page, include_comments=False) or ""
        if len(fallback.strip()) > len(text.strip()):
            log.debug("%s: precise extraction too short, default extraction used", capture.source)
            text = fallback
    if text.strip():
        # The default extraction without trafilatura's own fallback extractors: as good for
        # filling gaps and a third cheaper (15 against 23 ms CPU a page on the Zyte pages).
        candidate = trafilatura.extract(page, include_comments=False, fast=True) or ""
        text = add_gap_lines(text, candidate)
        text = add_quotes(add_sibling_chunks(text, capture.content), capture.content)
    if not text.strip():
        raise CaptureError("HTML page has no main text", source=capture.source, line=capture.line)
    meta = trafilatura.extract_metadata(page)
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


def refine_page_text(raw: str, title: str | None, page: str | None = None) -> tuple[list[Cut], list[Mark]]:
    """Cuts and marks for the extracted main text of a web page (``page``: its HTML, when known)."""
    cuts, marks = clean_page_text(raw, lines_are_paragraphs=True)
    lines = page_lines(raw)
    if title:
        cuts.extend(_title_lines(lines, title))
    cuts.extend(_closing_links(lines))
    furniture = patterns("html_furniture.patterns")
    cut_starts = {c.start for c in cuts}
    cuts.extend(
        Cut(x.start, x.cut_end, "boilerplate") for x in lines if x.start not in cut_starts and furniture.match(x.text)
    )
    for line in lines:
        button = SHARE_BUTTON.search(line.text)
        if button and button.start() > 0 and line.start not in cut_starts:
            cuts.append(Cut(line.start + button.start(), line.end, "boilerplate"))
    cuts.extend(_opening_date(lines, {c.start for c in cuts}))
    if page:
        cuts.extend(dom_cuts(lines, page, {c.start for c in cuts}))
    cuts.extend(_closing_furniture(lines, {c.start for c in cuts}))
    return cuts, marks


def _title_lines(lines: list[Line], title: str) -> list[Cut]:
    """The page title repeated in the text: as the first line, reworded near the top, or verbatim."""
    cuts = []
    for i, line in enumerate(lines):
        first = i == 0 and _same_title(line.text, title)
        repeated = is_heading_shape(line.text) and (
            squeeze(line.text) == squeeze(title) or (i < TITLE_LINES and _reworded_title(line.text, title))
        )
        if first or repeated:
            cuts.append(Cut(line.start, line.cut_end, "title"))
    return cuts


def _opening_date(lines: list[Line], cut_starts: set[int]) -> list[Cut]:
    first = next((x for x in lines if x.start not in cut_starts), None)
    if first is None or first.text[-1] in ".!?" or len(TOKEN.findall(first.text)) > DATELINE_MAX_WORDS:
        return []
    if YEAR.search(first.text) and TIME_OR_NUMERIC_DATE.search(first.text):
        return [Cut(first.start, first.cut_end, "boilerplate")]
    return []


def _reworded_title(line: str, title: str) -> bool:
    a, b = set(TOKEN.findall(line.lower())), set(TOKEN.findall(title.lower()))
    if len(a) < TITLE_MIN_WORDS:
        return False
    return 2 * len(a & b) / (len(a) + len(b)) >= TITLE_DICE


def _closing_furniture(lines: list[Line], cut_starts: set[int]) -> list[Cut]:
    """The closing run of contact, follow, newsletter and contributor lines (``html_tail.patterns``).

    A short heading right before the run ("Something to consider") labels the box it opens.
    """
    furniture = patterns("html_tail.patterns")
    cuts = []
    live = [x for x in lines[-TAIL_LINES:] if x.start not in cut_starts]
    while live and furniture.match(live[-1].text):
        line = live.pop()
        cuts.append(Cut(line.start, line.cut_end, "boilerplate"))
    if cuts and live and is_heading_shape(live[-1].text) and len(TOKEN.findall(live[-1].text)) <= LABEL_MAX_WORDS:
        cuts.append(Cut(live[-1].start, live[-1].cut_end, "boilerplate"))
    return cuts


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
