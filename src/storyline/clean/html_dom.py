"""What the page's DOM says about the extracted lines of a web page.

trafilatura's text keeps no markup, so a line's element is found again in the page by its text.
Structural signals then refine the extraction:

- the first line is the page's headline or standfirst when it comes from an ``<h1>``, or from
  another heading element outside the container that holds the body paragraphs (on the Zyte
  pages: 11 such first lines, none in the gold article bodies; a heading inside the body
  container that opens a text, "Defensive Line", and a one-word box label, "Claim", are kept);
- a run of two or more headline-shaped lines that are (nearly) all link text is a list of
  related articles, with a short label line ("Don't miss") just before it;
- a card nested in a paragraph (a picture and links, shown on hover) runs its text into the
  sentence and is cut out of the line (on the Zyte pages: 14 cards on 2 pages, precision of
  those pages 0.76 and 0.89 to 1.0).

:func:`add_sibling_chunks` recovers an article body that a page splits over several same-class
containers, of which trafilatura keeps only the first; :func:`add_quotes` puts back the block
quotes (embedded posts) that its precision mode skips inside the article's flow (on the Zyte
pages, 76 of 79 block quotes of four words or more are part of the gold article body).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache

from lxml import etree  # type: ignore[import-untyped]

from storyline.clean.cuts import Cut
from storyline.clean.text import BULLET, WORD, Line, is_heading_shape

log = logging.getLogger(__name__)

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
SENTENCE_END = '.!?"”’)…。！？»'

# A block quote worth putting back holds a sentence or two at least (not a lone link).
QUOTE_MIN_WORDS = 6

# Elements whose text may be one extracted line (block and inline text holders; layout
# containers such as div or section are left out: their text is rarely a single line and
# computing it for every nested container would cost more than the rest of the cleaning).
LINE_TAGS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "strong", "b", "em", "td", "dd", "dt", "blockquote"}
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A line is link text when links hold this share of its characters (a related-article title
# with a section label outside the link scores about 0.85; body paragraphs with inline links
# score below 0.5 on the Zyte pages).
LINK_SHARE = 0.8
# A related-article run has at least this many lines (one linked line may be a source link).
LINK_RUN = 2
# A link title has a few words at least ("Photos" or a bare URL is no article title).
LINK_MIN_WORDS = 3
# A standfirst or subheadline has a few words; a one-word heading ("Claim") labels a box of the body.
STANDFIRST_MIN_WORDS = 2
# A card nested in running text holds a picture and at least this many links.
CARD_MIN_LINKS = 2
# The label of a related run ("Don't miss", "More on this") is this short.
LABEL_MAX_WORDS = 4


def norm(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=2)
def parse_page(page: str) -> etree._Element | None:
    """The page's element tree, parsed once for extraction, metadata and refinement.

    trafilatura's own loader (encoding and markup repairs) is used, so extraction from the tree
    gives exactly the text extraction from the string gives; trafilatura copies a tree before
    changing it, and nothing here changes it, so the cached tree stays as parsed.
    """
    from trafilatura.utils import load_html

    try:
        return load_html(page)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _line_elements(tree: etree._Element, wanted: set[str]) -> dict[str, etree._Element]:
    """For each wanted line text, the deepest element whose whole text it is."""
    found: dict[str, etree._Element] = {}
    for el in tree.iter(*LINE_TAGS):
        text = norm(el.text_content())
        if text in wanted:
            found[text] = el  # iter() is in document order: a descendant comes after, and wins
    return found


def _link_share(el: etree._Element) -> float:
    text = norm(el.text_content())
    if not text:
        return 0.0
    if el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()):
        return 1.0
    linked = sum(len(norm(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def _key(line: Line) -> str:
    return norm(BULLET.sub("", line.text))


def dom_cuts(lines: list[Line], page: str, cut_starts: set[int]) -> list[Cut]:
    """Cuts for a headline or standfirst opening the text and for runs of related-article links."""
    tree = parse_page(page)
    if tree is None or not lines:
        return []
    elements = _line_elements(tree, {_key(x) for x in lines})
    live = [(line, elements.get(_key(line))) for line in lines if line.start not in cut_starts]
    cuts = _top_heading(live)
    cuts.extend(_link_runs(live))
    cuts.extend(_inline_cards(live))
    return cuts


def _is_card(el: etree._Element) -> bool:
    return any(True for _ in el.iter("img")) and sum(1 for _ in el.iter("a")) >= CARD_MIN_LINKS


def _inline_cards(live: list[tuple[Line, etree._Element | None]]) -> list[Cut]:
    """Cards nested in running text (a person's picture with links to their stories, shown on
    hover): their text runs into the sentence around them ("Jane DoeJane Doe Other headline")."""
    cuts = []
    for line, el in live:
        if el is None:
            continue
        cards = [c for c in el.iter("span", "div") if _is_card(c)]
        for card in cards:
            if any(_is_card(c) for c in card.iterdescendants("span", "div")):
                continue  # only the innermost card: the link that opens it stays
            words = card.text_content().split()
            found = re.search(r"\s*".join(map(re.escape, words)), line.text) if words else None
            if found and found.end() > found.start():
                cuts.append(Cut(line.start + found.start(), line.start + found.end(), "boilerplate"))
    return cuts


def _top_heading(live: list[tuple[Line, etree._Element | None]]) -> list[Cut]:
    if len(live) < 2:
        return []
    first, el = live[0]
    if el is None:
        return []
    heading = next((a for a in (el, *el.iterancestors()) if a.tag in HEADINGS), None)
    if heading is None:
        return []
    if heading.tag != "h1":
        if len(WORD.findall(first.text)) < STANDFIRST_MIN_WORDS:
            return []
        parents = Counter(x.getparent() for _, x in live[1:] if x is not None and x.tag == "p")
        parents.pop(None, None)
        if not parents:
            return []
        body = parents.most_common(1)[0][0]
        if any(a is body for a in heading.iterancestors()):
            return []
    log.debug("headline or standfirst opens the text: %s", first.text[:60])
    return [Cut(first.start, first.cut_end, "title")]


def _link_runs(live: list[tuple[Line, etree._Element | None]]) -> list[Cut]:
    cuts: list[Cut] = []
    run: list[Line] = []
    for i, (line, el) in enumerate([*live, (None, None)]):
        linked = (
            line is not None
            and el is not None
            and len(WORD.findall(line.text)) >= LINK_MIN_WORDS
            and is_heading_shape(_key(line))
            and _link_share(el) >= LINK_SHARE
        )
        if linked and line is not None:
            run.append(line)
            continue
        if len(run) >= LINK_RUN:
            start = i - len(run)
            if start > 0:
                label = live[start - 1][0]
                if is_heading_shape(label.text) and len(WORD.findall(label.text)) <= LABEL_MAX_WORDS:
                    cuts.append(Cut(label.start, label.cut_end, "related"))
            cuts.extend(Cut(x.start, x.cut_end, "related") for x in run)
        run = []
    return cuts


def add_quotes(text: str, page: str) -> str:
    """The extraction with the block quotes (embedded posts, pull quotes) it skipped put back.

    A ``<blockquote>`` is put back only where it stands between two lines that follow each other
    in the extraction: inside the article's flow, not in a sidebar. Its ``<p>`` children become
    lines, the rest of its text (a post's "— Name (@handle) date") one more line.
    """
    tree = parse_page(page)
    if tree is None:
        return text
    kept = [x for x in text.split("\n") if x.strip()]
    lines = [norm(x) for x in kept]
    have = set(lines)
    missing = []
    for quote in tree.iter("blockquote"):
        if any(a.tag == "blockquote" for a in quote.iterancestors()):
            continue
        parts = _quote_lines(quote)
        if parts and not any(x in have for x in parts) and len(WORD.findall(" ".join(parts))) >= QUOTE_MIN_WORDS:
            missing.append((quote, parts))
    if not missing:
        return text
    order = {el: i for i, el in enumerate(tree.iter())}
    line_at = {}  # document position of an extracted line's element -> the line's index
    for line, el in _line_elements(tree, have).items():
        line_at[order[el]] = lines.index(line)
    positions = sorted(line_at)
    inserts: dict[int, list[str]] = {}
    for quote, parts in missing:
        start = order[quote]
        end = start + sum(1 for _ in quote.iter())
        before = [p for p in positions if p < start]
        after = [p for p in positions if p >= end]
        if before and after and line_at[after[0]] == line_at[before[-1]] + 1:
            inserts.setdefault(line_at[before[-1]], []).extend(parts)
    if not inserts:
        return text
    log.debug("%d block quotes put back", len(inserts))
    out: list[str] = []
    for i, line in enumerate(kept):
        out.append(line)
        out.extend(inserts.get(i, []))
    return "\n".join(out)


def _quote_lines(quote: etree._Element) -> list[str]:
    parts = []
    rest = [quote.text or ""]
    for child in quote:
        if not isinstance(child.tag, str):
            rest.append(child.tail or "")
        elif child.tag == "p":
            parts.append(norm(child.text_content()))
            rest.append(child.tail or "")
        else:
            rest.append(child.text_content())
            rest.append(child.tail or "")
    tail = norm(" ".join(rest))
    return [x for x in [*parts, tail] if x]


def add_sibling_chunks(text: str, page: str) -> str:
    """The extraction with the prose paragraphs of its container's same-class siblings merged in.

    Paragraphs are merged in document order; nothing changes unless (nearly) every extracted
    line is a ``<p>`` of one container that has same-tag, same-class siblings nearby.
    """
    kept = [x for x in text.split("\n") if x.strip()]
    lines = [norm(x) for x in kept]
    have = set(lines)
    tree = parse_page(page)
    if tree is None:
        return text
    matched = Counter(p.getparent() for p in tree.iter("p") if norm(p.text_content()) in have)
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
            para = norm(p.text_content())
            if para in have or (len(para.split()) >= CHUNK_MIN_WORDS and para[-1] in SENTENCE_END):
                paragraphs.append(para)
    if all(para in have for para in paragraphs):
        return text
    original = dict(zip(lines, kept, strict=True))  # extracted lines stay as they were
    return "\n".join(original.get(x, x) for x in _merge_in_order(lines, paragraphs, have))


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
