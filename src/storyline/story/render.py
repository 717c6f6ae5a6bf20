"""The story as text, Markdown, JSON or a TimelineJS file, each event with its citations.

A citation is the source's title, its published date and the sentence that reports the event,
so a reader can check every line against the text it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.records import DocAnalysis, Document, Event, StoryEvent
from storyline.resolve.entities import EntityIndex


@dataclass(frozen=True, slots=True)
class Citation:
    doc: str
    title: str
    published: str | None
    sentence: str
    trigger: str
    status: str


class StoryContext:
    """What rendering needs besides the story: entity names and the reporting documents."""

    def __init__(self, documents: Sequence[Document], analyses: Sequence[DocAnalysis], index: EntityIndex) -> None:
        self.documents = {d.id: d for d in documents}
        self.events: dict[tuple[str, str], Event] = {(a.doc, e.key): e for a in analyses for e in a.events}
        self.names = {e.id: e.name for e in index.entities}

    def name(self, ref: str | None) -> str | None:
        return self.names.get(ref, ref) if ref else None

    def citations(self, item: StoryEvent) -> list[Citation]:
        out = []
        seen = set()
        for doc_id, key in item.events:
            event = self.events.get((doc_id, key))
            document = self.documents.get(doc_id)
            if event is None or document is None or (doc_id, event.sentence_start) in seen:
                continue
            seen.add((doc_id, event.sentence_start))
            start = event.sentence_start if event.sentence_start is not None else event.start
            end = event.sentence_end if event.sentence_end is not None else event.end
            sentence = " ".join(document.text[start:end].split())
            title = document.metadata.title or document.source
            out.append(Citation(doc_id, title, document.metadata.published, sentence, event.trigger, event.status))
        return out

    def headline(self, item: StoryEvent) -> str:
        who = ", ".join(n for n in (self.name(p) for p in item.participants) if n)
        what = item.type if item.type != "other" else (item.lemma or "other")
        where = f" in {self.name(item.place)}" if item.place else ""
        return f"{what}: {who}{where}" if who else f"{what}{where}"


def _date(item: StoryEvent) -> str:
    return item.date.value if item.date else "undated"


def render_text(story: Sequence[StoryEvent], ctx: StoryContext) -> str:
    lines = []
    for item in story:
        lines.append(f"{_date(item):<11} {item.status:<12} {ctx.headline(item)}  [salience {item.salience:.2f}]")
        for conflict in item.conflicts:
            lines.append(f"{'':<11} conflict on {conflict.field}: {' / '.join(conflict.values)}")
        for c in ctx.citations(item):
            lines.append(f"{'':<11} - {c.title} ({c.published or 'undated'}): {c.sentence}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_markdown(story: Sequence[StoryEvent], ctx: StoryContext) -> str:
    lines = ["# Timeline", ""]
    for item in story:
        lines.append(f"## {_date(item)} — {ctx.headline(item)}")
        lines.append("")
        lines.append(f"Status: **{item.status}** · sources: {len(item.sources)} · salience {item.salience:.2f}")
        for conflict in item.conflicts:
            lines.append(f"> Sources disagree on **{conflict.field}**: {' / '.join(conflict.values)}")
        lines.append("")
        for c in ctx.citations(item):
            lines.append(f"- *{c.title}* ({c.published or 'undated'}): “{c.sentence}”")
        lines.append("")
    return "\n".join(lines)


def story_json(story: Sequence[StoryEvent], ctx: StoryContext) -> list[dict[str, Any]]:
    return [
        {
            "id": item.id,
            "date": item.date.value if item.date else None,
            "type": item.type,
            "lemma": item.lemma,
            "status": item.status,
            "participants": [ctx.name(p) for p in item.participants],
            "place": ctx.name(item.place),
            "salience": item.salience,
            "conflicts": [{"field": c.field, "values": list(c.values)} for c in item.conflicts],
            "citations": [
                {"doc": c.doc, "title": c.title, "published": c.published, "sentence": c.sentence}
                for c in ctx.citations(item)
            ],
        }
        for item in story
    ]


def timelinejs(story: Sequence[StoryEvent], ctx: StoryContext, title: str = "Timeline") -> dict[str, Any]:
    """A TimelineJS 3 JSON file (timeline.knightlab.com); undated events are left out."""
    events = []
    for item in story:
        start = _timelinejs_date(item.date.value if item.date else None)
        if start is None:
            continue
        cites = ctx.citations(item)
        body = "".join(
            f"<p>{_escape(c.sentence)} <i>({_escape(c.title)}, {c.published or 'undated'})</i></p>" for c in cites
        )
        events.append(
            {
                "start_date": start,
                "text": {"headline": _escape(ctx.headline(item)), "text": body},
                "group": item.type,
                "unique_id": item.id,
            }
        )
    return {"title": {"text": {"headline": _escape(title), "text": ""}}, "events": events}


def _timelinejs_date(value: str | None) -> dict[str, str] | None:
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    out = {"year": parts[0]}
    if len(parts) > 1 and parts[1].isdigit():
        out["month"] = str(int(parts[1]))
    elif len(parts) > 1 and parts[1].startswith("W") and parts[1][1:].isdigit():
        monday = dt.date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1)
        return {"year": str(monday.year), "month": str(monday.month), "day": str(monday.day)}
    if len(parts) > 2 and parts[2].isdigit():
        out["day"] = str(int(parts[2]))
    return out


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["Citation", "StoryContext", "render_markdown", "render_text", "story_json", "timelinejs"]
