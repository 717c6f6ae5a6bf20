"""What the pages and the JSON API show, built from the store: plain data, no HTML.

The timeline uses the stored story (``store.get_story()``); while it is empty it falls back to
the dated event mentions, then to the dated time expressions, so there is always something
to click through to its sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storyline.records import DocAnalysis, Document, Entity, Event
from storyline.search.sentences import split_sentences
from storyline.search.units import span_path
from storyline.store.base import Store, StoredDocument


@dataclass(frozen=True, slots=True)
class SpanLink:
    """A span of a document's clean text, with what a link to it shows."""

    doc: str
    title: str
    published: str | None
    start: int
    end: int
    text: str

    @property
    def href(self) -> str:
        return span_path(self.doc, self.start, self.end)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    title: str
    kind: str  # "story", "event" or "time"
    status: str | None = None
    type: str | None = None
    participants: tuple[tuple[str, str], ...] = ()  # (entity id, name)
    sources: tuple[SpanLink, ...] = ()
    conflicts: tuple[str, ...] = ()


class Corpus:
    """Stored documents loaded on first use (a page rarely needs all of them), sentences likewise."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._docs: dict[str, StoredDocument | None] = {}
        self._sentences: dict[str, list[tuple[int, int]]] = {}
        self._complete = False

    def get(self, doc: str) -> StoredDocument | None:
        if doc not in self._docs and not self._complete:
            self._docs[doc] = self.store.get_document(doc)
        return self._docs.get(doc)

    def all(self) -> list[StoredDocument]:
        if not self._complete:
            self._docs = {s.document.id: s for s in self.store.iter_documents()}
            self._complete = True
        return [s for s in self._docs.values() if s is not None]

    def published(self, doc: str) -> str | None:
        stored = self.get(doc)
        return stored.document.metadata.published if stored else None

    def event(self, doc: str, key: str) -> Event | None:
        stored = self.get(doc)
        if stored is None or stored.analysis is None:
            return None
        return next((e for e in stored.analysis.events if e.key == key), None)

    def sentence(self, doc: str, start: int, end: int) -> SpanLink:
        """The sentence around ``[start, end)`` of ``doc`` as a link."""
        stored = self.get(doc)
        assert stored is not None, doc
        document = stored.document
        if doc not in self._sentences:
            self._sentences[doc] = list(split_sentences(document.text))
        sentences = self._sentences[doc]
        i = bisect.bisect_right([s for s, _ in sentences], start) - 1
        if i >= 0 and sentences[i][0] <= start < sentences[i][1]:
            start, end = sentences[i][0], max(end, sentences[i][1])
        return link(document, start, end)


def link(document: Document, start: int, end: int) -> SpanLink:
    meta = document.metadata
    return SpanLink(document.id, meta.title or document.source, meta.published, start, end, document.text[start:end])


def _known(published: str | None, as_of: str | None) -> bool:
    return as_of is None or (published is not None and published[:10] <= as_of)


def _analyses_known_by(corpus: Corpus, as_of: str | None) -> Iterator[tuple[str, DocAnalysis]]:
    """The id and analysis of each analysed document published by ``as_of`` (every one when None)."""
    for stored in corpus.all():
        doc = stored.document.id
        if stored.analysis is not None and _known(corpus.published(doc), as_of):
            yield doc, stored.analysis


def event_link(corpus: Corpus, doc: str, event: Event) -> SpanLink:
    stored = corpus.get(doc)
    if stored is not None and event.sentence_start is not None and event.sentence_end is not None:
        return link(stored.document, event.sentence_start, event.sentence_end)
    return corpus.sentence(doc, event.start, event.end)


def timeline(store: Store, as_of: str | None = None, entity: str | None = None) -> tuple[list[TimelineEntry], str]:
    """Timeline entries as known on ``as_of`` (from documents published by then), and their basis.

    With ``entity`` (an entity id), only the story events it takes part in: its own timeline.
    """
    corpus = Corpus(store)
    index = store.get_entities()
    names = {e.id: e.name for e in index.entities}
    entries = []
    for item in store.get_story():
        if entity is not None and entity not in item.participants:
            continue
        found = [(doc, corpus.event(doc, key)) for doc, key in item.events if _known(corpus.published(doc), as_of)]
        mentions = [(doc, event) for doc, event in found if event is not None]
        if not mentions:
            continue
        sources = tuple(event_link(corpus, doc, event) for doc, event in mentions)
        entries.append(
            TimelineEntry(
                date=item.date.value if item.date else None,
                title=item.summary or sources[0].text,
                kind="story",
                status=item.status,
                type=item.type,
                participants=tuple((p, names.get(p, p)) for p in item.participants),
                sources=sources,
                conflicts=tuple(f"{c.field}: {' / '.join(c.values)}" for c in item.conflicts),
            )
        )
    basis = "story"
    if not entries and not store.get_story() and entity is None:
        entries, basis = _dated_events(corpus, index.ref, names, as_of), "events"
        if not entries:
            entries, basis = _dated_times(corpus, as_of), "times"
    entries.sort(key=lambda e: (e.date is None, e.date or "", e.title))
    return entries, basis


def _dated_events(
    corpus: Corpus, ref: Callable[[str, str | None], str | None], names: dict[str, str], as_of: str | None
) -> list[TimelineEntry]:
    entries = []
    for doc, analysis in _analyses_known_by(corpus, as_of):
        for event in analysis.events:
            if event.date is None:
                continue
            refs = [ref(doc, p) for p in event.participants]
            sentence = event_link(corpus, doc, event)
            entries.append(
                TimelineEntry(
                    date=event.date.value,
                    title=sentence.text,
                    kind="event",
                    status=event.status,
                    type=event.type,
                    participants=tuple((r, names.get(r, r)) for r in refs if r),
                    sources=(sentence,),
                )
            )
    return entries


def _dated_times(corpus: Corpus, as_of: str | None) -> list[TimelineEntry]:
    entries = []
    for doc, analysis in _analyses_known_by(corpus, as_of):
        for time in analysis.times:
            if time.type != "DATE":
                continue
            sentence = corpus.sentence(doc, time.start, time.end)
            entries.append(TimelineEntry(date=time.value, title=sentence.text, kind="time", sources=(sentence,)))
    return entries


@dataclass(frozen=True, slots=True)
class EntityView:
    entity: Entity
    quotes: tuple[SpanLink, ...]
    events: tuple[SpanLink, ...]
    mentions: tuple[SpanLink, ...]
    documents: tuple[tuple[str, str, str | None], ...]  # (doc id, title, published)
    # Beliefs, plans, evidence and topics attributed to the entity, with their act: not its quotes.
    stances: tuple[tuple[str, SpanLink], ...] = ()


# An entity page lists the first mentions only: a main actor of a story has thousands.
MAX_MENTIONS = 50


def entity_view(store: Store, entity_id: str) -> EntityView | None:
    index = store.get_entities()
    entity = next((e for e in index.entities if e.id == entity_id), None)
    if entity is None:
        return None
    corpus = Corpus(store)
    quotes, events = [], []
    stances: list[tuple[str, SpanLink]] = []
    doc_ids = dict.fromkeys([m.doc for m in entity.mentions] + [doc for doc, _ in entity.members])
    for doc in doc_ids:
        stored = corpus.get(doc)
        analysis: DocAnalysis | None = stored.analysis if stored else None
        if stored is None or analysis is None:
            continue
        for quote in analysis.quotes:
            if index.ref(doc, quote.speaker) != entity_id:
                continue
            if quote.is_speech:
                quotes.append(link(stored.document, quote.start, quote.end))
            else:
                stances.append((quote.act, link(stored.document, quote.start, quote.end)))
        for event in analysis.events:
            if any(index.ref(doc, p) == entity_id for p in event.participants):
                events.append(event_link(corpus, doc, event))
    mentions = tuple(
        corpus.sentence(m.doc, m.start, m.end) for m in entity.mentions[:MAX_MENTIONS] if corpus.get(m.doc)
    )
    documents = tuple(
        (s.document.id, s.document.metadata.title or s.document.source, s.document.metadata.published)
        for s in (corpus.get(d) for d in doc_ids)
        if s is not None
    )
    by_date = sorted(quotes, key=lambda s: s.published or "")
    return EntityView(
        entity,
        tuple(by_date),
        tuple(sorted(events, key=lambda s: s.published or "")),
        mentions,
        documents,
        tuple(sorted(stances, key=lambda s: s[1].published or "")),
    )


__all__ = ["Corpus", "EntityView", "SpanLink", "TimelineEntry", "entity_view", "link", "timeline"]
