"""Web pages: the main text through trafilatura, then our own refinement of it.

``Document.raw`` for an HTML capture is the text trafilatura extracts (before refinement), so
removals and the offset map are exact against it; the page itself stays in the stored capture.

Extraction favours precision (on the Zyte article benchmark: F1 0.964 against 0.960 for the
default settings and 0.959 favouring recall); when that leaves little text (a page whose body
trafilatura's precision filters throw away), the default extraction is taken instead. The
refinement (:func:`refine_page_text`) then cuts what the extractor still lets through: a
leading headline repeated from the page title, share and newsletter lines, photo credits,
and a closing run of tags or related-article links.

Some sites split an article body into several sibling containers of the same class (a "chunk"
between two advertising rails); trafilatura then keeps only the first chunk. When the whole
extraction comes from one such container, :func:`add_sibling_chunks` appends the prose
paragraphs of its siblings (on the Zyte benchmark: recall 0.976 to 0.983, precision unchanged).
"""

from __future__ import annotations

import logging
import re
from collections import Counter

import lxml.html  # type: ignore[import-untyped]
from lxml import etree  # type: ignore[import-untyped]

from storyline.clean.cuts import Cut, Mark
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
# Sibling chunks: the extraction must be (nearly) all paragraphs of one container; on the Zyte
# pages, extractions with a fifth or more lines from elsewhere had related-article or promo
# boxes as "siblings" (generic layout classes such as "span12").
CHUNK_SHARE = 0.9
# At least this many extracted paragraphs identify the container.
CHUNK_MIN_MATCHED = 2
# Siblings are looked for within the container's grandparent (chunk wrappers are one level up).
CHUNK_SCOPE_LEVELS = 2
# An added paragraph is prose: this many words at least, ending like a sentence.
CHUNK_MIN_WORDS = 8
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
SENTENCE_END = '.!?"”’)…。！？»'


def html_to_text(capture: Capture) -> tuple[str, Metadata]:
    """Main text of an HTML capture (before refinement) and the metadata found in the page."""
    import trafilatura

    text = trafilatura.extract(capture.content, include_comments=False, favor_precision=True) or ""
    if len(text.strip()) < SHORT_TEXT:
        fallback = trafilatura.extract(capture.content, include_comments=False) or ""
        if len(fallback.strip()) > len(text.strip()):
            log.debug("%s: precise extraction too short, default extraction used", capture.source)
            text = fallback
    if text.strip():
        text = add_sibling_chunks(text, capture.content)
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
    if title:
        cuts.extend(_title_lines(lines, title))
    cuts.extend(_closing_links(lines))
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


def _reworded_title(line: str, title: str) -> bool:
    a, b = set(TOKEN.findall(line.lower())), set(TOKEN.findall(title.lower()))
    if len(a) < TITLE_MIN_WORDS:
        return False
    return 2 * len(a & b) / (len(a) + len(b)) >= TITLE_DICE


def _closing_furniture(lines: list[Line], cut_starts: set[int]) -> list[Cut]:
    """The closing run of contact, follow, newsletter and contributor lines (``html_tail.patterns``)."""
    furniture = patterns("html_tail.patterns")
    cuts = []
    for line in reversed(lines[-TAIL_LINES:]):
        if line.start in cut_starts:
            continue
        if not furniture.match(line.text):
            break
        cuts.append(Cut(line.start, line.cut_end, "boilerplate"))
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


def _norm(text: str) -> str:
    return " ".join(text.split())


def add_sibling_chunks(text: str, page: str) -> str:
    """The extraction with the prose paragraphs of its container's same-class siblings merged in.

    Paragraphs are merged in document order; nothing changes unless (nearly) every extracted
    line is a ``<p>`` of one container that has same-tag, same-class siblings nearby.
    """
    lines = [_norm(x) for x in text.split("\n") if x.strip()]
    have = set(lines)
    try:
        tree = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return text
    matched = Counter(p.getparent() for p in tree.iter("p") if _norm(p.text_content()) in have)
    matched.pop(None, None)
    if not matched:
        return text
    main, count = matched.most_common(1)[0]
    if count < CHUNK_MIN_MATCHED or count < CHUNK_SHARE * len(lines) or not main.get("class"):
        return text
    scope = main
    for _ in range(CHUNK_SCOPE_LEVELS):
        parent = scope.getparent()
        scope = parent if parent is not None else scope
    family = [el for el in scope.iter(main.tag) if el.get("class") == main.get("class")]
    if len(family) < 2:
        return text
    paragraphs = []
    for el in family:
        for p in el.iterchildren("p"):
            para = _norm(p.text_content())
            if para in have or (len(para.split()) >= CHUNK_MIN_WORDS and para[-1] in SENTENCE_END):
                paragraphs.append(para)
    if all(para in have for para in paragraphs):
        return text
    return "\n".join(_merge_in_order(lines, paragraphs, have))


def _merge_in_order(lines: list[str], paragraphs: list[str], have: set[str]) -> list[str]:
    """Extracted lines with the new paragraphs inserted where they stand in the page."""
    position = {para: i for i, para in enumerate(paragraphs)}
    last = max((position[x] for x in lines if x in position), default=-1)
    out: list[str] = []
    added: set[str] = set()
    nxt = 0

    def add_until(stop: int) -> None:
        for para in paragraphs[nxt:stop]:
            if para not in have and para not in added:
                out.append(para)
                added.add(para)

    for line in lines:
        if line in position:
            add_until(position[line])
            nxt = max(nxt, position[line] + 1)
            out.append(line)
            if position[line] == last:
                add_until(len(paragraphs))
                nxt = len(paragraphs)
        else:
            out.append(line)
    return out
