"""The export of contract version 1 (docs/export-contract.md): one JSON object for the store."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from storyline.export.floating import mention_names_speaker
from storyline.records import DocAnalysis, Document, Entity, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.store.base import Store

VERSION = 1


def build_export(store: Store, doc_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """The whole store (or the documents ``doc_ids``) as the contract's JSON object."""
    wanted = set(doc_ids) if doc_ids is not None else None
    stored = [s for s in store.iter_documents() if wanted is None or s.document.id in wanted]
    index = store.get_entities()
    docs = {s.document.id: s.document for s in stored}
    names = _NameLookup(index.entities)
    out: dict[str, Any] = {
        "version": VERSION,
        "documents": [export_document(s.document, index, names) for s in stored],
        "entities": [export_entity(e, docs) for e in index.entities if _in_selection(e, docs)],
        "times": [],
        "quotes": [],
        "stances": [],
        "events": [],
        "story": [],
    }
    event_story: dict[str, str] = {}
    story = [s for s in store.get_story() if wanted is None or set(s.sources) & wanted]
    for item in story:
        for doc, key in item.events:
            event_story[f"{doc}:{key}"] = item.id
    for s in stored:
        if s.analysis is None:
            continue
        out["times"].extend(export_times(s.document, s.analysis))
        # What was said goes to quotes[]; beliefs, plans, evidence and topics a writer attributes to
        # someone go to stances[], so that "what did X say?" never lists what X is said to think.
        for row in export_quotes(s.document, s.analysis, index, names):
            out["quotes" if row["act"] == "speech" else "stances"].append(row)
        out["events"].extend(export_events(s.document, s.analysis, index, event_story))
    out["story"] = [export_story_event(item) for item in story]
    return out


def _in_selection(entity: Entity, docs: dict[str, Document]) -> bool:
    return any(m.doc in docs for m in entity.mentions) or any(doc in docs for doc, _ in entity.members)


def _raw(document: Document, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = document.offsets.span_to_raw(start, end)
    return {"raw_start": raw_start, "raw_end": raw_end}


def export_document(document: Document, index: EntityIndex, names: _NameLookup) -> dict[str, Any]:
    meta = document.metadata
    return {
        "id": document.id,
        "source": document.source,
        "kind": document.kind,
        "format": document.format,
        "title": meta.title,
        "outlet": meta.outlet,
        "program": meta.program,
        "author": meta.author,
        "dateline": meta.dateline,
        "published": meta.published,
        "language": meta.language or "en",
        "url": meta.url,
        "text": document.text,
        "removed": [
            {"text": r.text, "reason": r.reason, "raw_start": r.raw_start, "raw_end": r.raw_end}
            for r in document.removed
        ],
        "headings": [{"start": h.start, "end": h.end} for h in document.headings],
        "captions": [{"start": c.start, "end": c.end} for c in document.captions],
        "turns": [
            {
                "speaker": names.find(t.speaker_name),
                "speaker_name": t.speaker_name,
                "role": t.role,
                "confidence": t.confidence,
                "start": t.start,
                "end": t.end,
                "text": document.text[t.start : t.end],
                **_raw(document, t.start, t.end),
            }
            for t in document.turns
        ]
        if document.kind == "transcript"
        else None,
        "warnings": list(document.warnings),
    }


def export_entity(entity: Entity, docs: dict[str, Document]) -> dict[str, Any]:
    mentions = []
    for m in entity.mentions:
        item: dict[str, Any] = {"doc": m.doc, "start": m.start, "end": m.end}
        if m.doc in docs:
            item["text"] = docs[m.doc].text[m.start : m.end]
            item.update(_raw(docs[m.doc], m.start, m.end))
        mentions.append(item)
    return {**entity_fields(entity), "mentions": mentions, "why": list(entity.why)}


def entity_fields(entity: Entity) -> dict[str, Any]:
    """What names an entity in the contract: id, name, type, aliases and dated descriptions (the
    API's entity page opens with the same fields)."""
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "descriptions": [{"text": d.text, "as_of": d.as_of} for d in entity.descriptions],
    }


def export_times(document: Document, analysis: DocAnalysis) -> list[dict[str, Any]]:
    return [
        {
            "doc": document.id,
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
            "anchor": t.anchor,
            **_raw(document, t.start, t.end),
        }
        for t in analysis.times
    ]


def export_quotes(
    document: Document, analysis: DocAnalysis, index: EntityIndex, names: _NameLookup
) -> list[dict[str, Any]]:
    """Every stored attribution of ``document`` as an export row, whatever its act. The id numbers
    the store's attributions, so a row keeps its id (and the viewer's ``#qN`` anchor) on either list."""
    out = []
    for number, q in enumerate(analysis.quotes):
        speaker = index.ref(document.id, q.speaker) or (names.find(q.speaker_name) if q.from_turn else None)
        mention = (
            {"start": q.speaker_start, "end": q.speaker_end}
            if q.speaker_start is not None
            and q.speaker_end is not None
            and not (q.floating and mention_names_speaker(q, document.text))
            else None
        )
        out.append(
            {
                "id": f"{document.id}:q{number}",
                "doc": document.id,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "speaker": speaker,
                "speaker_name": q.speaker_name,
                "speaker_mention": mention,
                "kind": q.kind,
                "act": q.act,
                # The cue as written ("said", "denied"); the record keeps its lemma for stages.
                "cue": document.text[q.cue_start : q.cue_end]
                if q.cue_start is not None and q.cue_end is not None
                else q.cue,
                "from_turn": q.from_turn,
                **_raw(document, q.start, q.end),
                # Only for a quote in pieces (split by its cue clause, or an interview turn over several
                # paragraphs or around a stage note): the span of each part.
                **({"parts": [{"start": s, "end": e, **_raw(document, s, e)} for s, e in q.parts]} if q.parts else {}),
            }
        )
    return out


def export_events(
    document: Document, analysis: DocAnalysis, index: EntityIndex, event_story: dict[str, str]
) -> list[dict[str, Any]]:
    out = []
    for e in analysis.events:
        event_id = f"{document.id}:{e.key}"
        refs = [index.ref(document.id, p) for p in e.participants]
        place = index.ref(document.id, e.place) or e.place
        out.append(
            {
                "id": event_id,
                "doc": document.id,
                "start": e.start,
                "end": e.end,
                "trigger": e.trigger,
                "type": e.type,
                "lemma": e.lemma,
                "participants": [r for r in refs if r],
                "place": place,
                "date": {"value": e.date.value, "text": e.date.text, "basis": e.date.basis} if e.date else None,
                "status": e.status,
                "modality": e.modality,
                "claimed_by": [r for r in (index.ref(document.id, c) for c in e.claimed_by) if r],
                "denied_by": [r for r in (index.ref(document.id, d) for d in e.denied_by) if r],
                "quantity": e.quantity,
                "story_id": event_story.get(event_id),
                "sentence": {"start": e.sentence_start, "end": e.sentence_end}
                if e.sentence_start is not None
                else None,
                **_raw(document, e.start, e.end),
            }
        )
    return out


def export_story_event(item: StoryEvent) -> dict[str, Any]:
    return {
        "id": item.id,
        "type": item.type,
        "lemma": item.lemma,
        "participants": list(item.participants),
        "date": {"value": item.date.value, "text": item.date.text, "basis": item.date.basis} if item.date else None,
        "place": item.place,
        "status": item.status,
        "events": [f"{doc}:{key}" for doc, key in item.events],
        "sources": list(item.sources),
        "conflicts": [{"field": c.field, "values": list(c.values)} for c in item.conflicts],
        "summary": item.summary,
        "salience": item.salience,
        "reported": [{"doc": r.doc, "published": r.published} for r in item.reported],
    }


def _norm(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


class _NameLookup:
    """Entity id by (normalised) name or alias, for names that are not mentions (turn speakers)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._ids: dict[str, str] = {}
        for e in sorted(entities, key=lambda e: -len(e.mentions)):
            if e.type != "PERSON":
                continue
            for name in (e.name, *e.aliases):
                self._ids.setdefault(_norm(name), e.id)

    def find(self, name: str | None) -> str | None:
        return self._ids.get(_norm(name)) if name else None
