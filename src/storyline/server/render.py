"""A document as HTML: the raw capture, removed parts struck through with their reason, and
the extracted spans marked (entity mentions, quotes, times, events, the linked span).

Capture text is untrusted: every piece of it goes through :func:`markupsafe.escape`, and so
does every attribute value; the only markup is the tags written here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from markupsafe import Markup, escape

from storyline.records import DocAnalysis, Document
from storyline.resolve.entities import EntityIndex


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the raw text to wrap: the tag, its classes and attributes (first piece gets ``id``)."""

    start: int
    end: int
    order: int  # nesting: lower wraps higher
    tag: str
    cls: str
    id: str | None = None
    title: str | None = None
    href: str | None = None
    after: str | None = None  # text shown after the span (a removal's reason)


def document_marks(
    document: Document, analysis: DocAnalysis | None, index: EntityIndex, highlight: tuple[int, int] | None
) -> list[Mark]:
    """Every mark of the document page, in raw offsets."""
    to_raw = document.offsets.span_to_raw
    # A removal's reason goes right after its last visible character, before any line break.
    marks = [
        Mark(
            r.raw_start,
            r.raw_start + len(document.raw[r.raw_start : r.raw_end].rstrip()),
            0,
            "s",
            "removed",
            title=f"removed: {r.reason}",
            after=r.reason,
        )
        for r in document.removed
    ]
    if highlight is not None:
        start, end = to_raw(*highlight)
        marks.append(Mark(start, end, 1, "mark", "hl", id="hl"))
    if analysis is not None:
        for number, quote in enumerate(analysis.quotes):
            who = quote.speaker_name or "unknown speaker"
            # A belief, plan, evidence or topic is marked as a stance, not as words the speaker said.
            what = "quote" if quote.is_speech else f"stance {quote.act}"
            marks.append(
                Mark(
                    *to_raw(quote.start, quote.end),
                    2,
                    "span",
                    f"{what} {quote.kind}",
                    id=f"q{number}",
                    title=f"{what} ({quote.kind}) by {who}",
                )
            )
        for event in analysis.events:
            date = f", {event.date.value}" if event.date else ""
            marks.append(
                Mark(
                    *to_raw(event.start, event.end),
                    3,
                    "span",
                    "event",
                    id=f"ev-{event.key}",
                    title=f"event {event.type} ({event.status}{date})",
                )
            )
        for time in analysis.times:
            marks.append(Mark(*to_raw(time.start, time.end), 4, "span", "time", title=f"{time.type} {time.value}"))
        for mention in analysis.mentions:
            entity = index.ref(document.id, mention.entity)
            marks.append(
                Mark(
                    *to_raw(mention.start, mention.end),
                    5,
                    "a" if entity else "span",
                    "ent",
                    title=mention.text,
                    href=f"/entity/{entity}" if entity else None,
                )
            )
    return [m for m in marks if m.end > m.start]


def render_marked(raw: str, marks: list[Mark]) -> Markup:
    """``raw`` with ``marks`` as nested elements; overlapping marks are split into pieces."""
    bounds = sorted({0, len(raw), *(m.start for m in marks), *(m.end for m in marks)})
    bounds = [b for b in bounds if 0 <= b <= len(raw)]
    by_start = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    out: list[str] = []
    next_mark = 0
    for a, b in itertools.pairwise(bounds):
        # A sweep: marks open as the cursor reaches their start and close past their end.
        active = [m for m in active if m.end > a]
        while next_mark < len(by_start) and by_start[next_mark].start <= a:
            active.append(by_start[next_mark])
            next_mark += 1
        active.sort(key=lambda m: (m.order, m.start))
        piece = str(escape(raw[a:b]))
        for mark in reversed(active):
            piece = _open(mark, first=mark.start == a) + piece + f"</{mark.tag}>"
            if mark.after and b == mark.end:
                piece += f'<span class="reason">[{escape(mark.after)}]</span>'
        out.append(piece)
    return Markup("".join(out))


def _open(mark: Mark, first: bool) -> str:
    attrs = [f'class="{escape(mark.cls)}"']
    if mark.id and first:
        attrs.append(f'id="{escape(mark.id)}"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    if mark.href:
        attrs.append(f'href="{escape(mark.href)}"')
    return f"<{mark.tag} {' '.join(attrs)}>"


def render_document(
    document: Document, analysis: DocAnalysis | None, index: EntityIndex, highlight: tuple[int, int] | None = None
) -> Markup:
    return render_marked(document.raw, document_marks(document, analysis, index, highlight))


__all__ = ["Mark", "document_marks", "render_document", "render_marked"]
