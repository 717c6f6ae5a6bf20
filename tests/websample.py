"""A small story for the search, ask, server and browser tests: captures written for the tests,
ingested with the pipeline into an SQLite store, then given hand-made quotes, events, times,
a removal and a story, so the pages have every kind of span whatever the extractors find.

Capture text includes markup (``<script>``, attributes) that must come out escaped.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from documents import sqlite_store_of
from storyline.offsets import OffsetBuilder
from storyline.records import DocAnalysis, Event, EventDate, Quote, Removal, StoryEvent, TimeExpression
from storyline.resolve import resolve_entities
from storyline.store import SQLiteStore, StoredDocument

HOSTILE = '<script>alert(\'pwned\')</script> <img src=x onerror="alert(2)"> a="b" & c'
AD = "Sponsored: try Glimmer soap today, use code SHINE at checkout."

CAPTURES = [
    {
        "source": "https://example.org/valley/bridge-closed",
        "title": "Harlow Street bridge closed after inspection",
        "outlet": "Valley Herald",
        "published": "2025-03-02",
        "text": (
            "The Harlow Street bridge in Marlow Falls was closed on Saturday after engineers found cracks "
            "in two support beams. Mayor Tomas Okafor said the closure would last at least three weeks. "
            '"We will not reopen a bridge we cannot vouch for," Okafor told reporters.\n'
            f"{AD}\n"
            "Councillor Ada Brennan criticised the city for ignoring a 2023 inspection report."
        ),
    },
    {
        "source": "https://example.org/tribune/council-vote",
        "title": "Council votes repair money <b>now</b>",
        "outlet": "Marlow Tribune",
        "published": "2025-03-10",
        "text": (
            "The Marlow Falls council voted on Monday to spend four million dollars on repairing the Harlow "
            "Street bridge. Brennan said the vote came too late for shop owners on the east bank. "
            f"Okafor denied that the city had ignored warnings. {HOSTILE}"
        ),
    },
    {
        "source": "https://example.org/valley/reopening",
        "title": "Bridge to reopen in April",
        "outlet": "Valley Herald",
        "published": "2025-03-20",
        "text": (
            "Engineers finished welding new plates onto the support beams on Wednesday. "
            "Lena Ruiz, the lead engineer, said the Harlow Street bridge would reopen on April 14."
        ),
    },
]


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _sentence(text: str, phrase: str) -> tuple[int, int]:
    start, end = _span(text, phrase)
    dot, line = text.rfind(". ", 0, start), text.rfind("\n", 0, start)
    left = max(dot + 2 if dot != -1 else 0, line + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return left, right


def _event(key: str, text: str, trigger: str, sentence: str, date: str, status: str = "occurred") -> Event:
    start, end = _span(text, trigger)
    s_start, s_end = _sentence(text, sentence)
    return Event(
        key=key,
        start=start,
        end=end,
        trigger=trigger,
        type="generic",
        lemma=trigger.lower(),
        date=EventDate(date, basis="sentence"),
        status=status,  # type: ignore[arg-type]
        sentence_start=s_start,
        sentence_end=s_end,
    )


def _quote(text: str, content: str, speaker: str, kind: str = "direct") -> Quote:
    start, end = _span(text, content)
    return Quote(start, end, content, kind, speaker_name=speaker)  # type: ignore[arg-type]


def _annotate(stored: StoredDocument) -> StoredDocument:
    """Hand-made quotes, events and times for the sample documents (by their titles)."""
    doc = stored.document
    text = doc.text
    title = doc.metadata.title or ""
    analysis = stored.analysis or DocAnalysis(doc.id)
    speaker = {e.name.split()[-1]: e.key for e in analysis.entities if e.type == "PERSON"}

    def quote(content: str, name: str, kind: str = "direct") -> Quote:
        return dataclasses.replace(_quote(text, content, name, kind), speaker=speaker.get(name.split()[-1]))

    quotes: list[Quote] = []
    events: list[Event] = []
    times: list[TimeExpression] = []
    if title.startswith("Harlow"):
        quotes = [quote("We will not reopen a bridge we cannot vouch for", "Tomas Okafor")]
        events = [_event("ev1", text, "closed", "was closed on Saturday", "2025-03-01")]
        times = [TimeExpression(*_span(text, "Saturday"), "Saturday", "DATE", "2025-03-01", "2025-03-02")]
    elif title.startswith("Council"):
        quotes = [quote("the vote came too late for shop owners on the east bank", "Brennan", "indirect")]
        events = [
            _event("ev1", text, "voted", "council voted on Monday", "2025-03-10"),
            _event("ev2", text, "denied", "Okafor denied", "2025-03-10", "denied"),
        ]
    elif title.startswith("Bridge to reopen"):
        events = [_event("ev1", text, "reopen", "would reopen on April 14", "2025-04-14", "expected")]
        times = [TimeExpression(*_span(text, "April 14"), "April 14", "DATE", "2025-04-14", "2025-03-20")]
    analysis = dataclasses.replace(analysis, quotes=tuple(quotes), events=tuple(events), times=tuple(times))
    return dataclasses.replace(stored, analysis=analysis, stage="extract")


def _with_removed_ad(stored: StoredDocument) -> StoredDocument:
    """The first capture's sponsor line taken out of the clean text as an "ad" (exact offsets)."""
    doc = stored.document
    if AD not in doc.raw or AD not in doc.text or doc.removed:
        return stored
    start, end = _span(doc.raw, AD + "\n")
    builder = OffsetBuilder(doc.raw)
    builder.copy(0, start)
    builder.copy(end, len(doc.raw))
    text, offsets = builder.build()
    shift = end - start
    analysis = stored.analysis
    if analysis is not None:
        mentions = tuple(
            m if m.end <= start else dataclasses.replace(m, start=m.start - shift, end=m.end - shift)
            for m in analysis.mentions
            if m.end <= start or m.start >= end
        )
        analysis = dataclasses.replace(analysis, mentions=mentions, quotes=(), events=(), times=())
    document = dataclasses.replace(
        doc, text=text, offsets=offsets, removed=(Removal(start, end, doc.raw[start:end], "ad"),)
    )
    return dataclasses.replace(stored, document=document, analysis=analysis)


def build_sample(folder: Path, with_story: bool = True) -> str:
    """Ingest the sample captures into ``folder/story.db`` and return its path."""
    store = sqlite_store_of(folder, CAPTURES)
    annotated = [_annotate(_with_removed_ad(s)) for s in list(store.iter_documents())]
    for stored in annotated:
        store.put_document(stored)
    index = resolve_entities([s.analysis for s in annotated if s.analysis is not None])
    story: list[StoryEvent] = []
    if with_story:
        by_title = {s.document.metadata.title or "": s for s in annotated}
        # The mayor takes part in the closure, so his entity page has a timeline.
        mayor = tuple(e.id for e in index.entities if e.name == "Tomas Okafor")
        for title, key, status, summary in (
            ("Harlow", "ev1", "occurred", "The Harlow Street bridge is closed after cracks are found"),
            ("Council", "ev1", "occurred", "The council votes money for repairs"),
            ("Bridge to reopen", "ev1", "expected", "The bridge is due to reopen"),
        ):
            stored = next(s for t, s in by_title.items() if t.startswith(title))
            assert stored.analysis is not None
            event = next(e for e in stored.analysis.events if e.key == key)
            story.append(
                StoryEvent(
                    id=f"S{len(story)}",
                    type=event.type,
                    participants=mayor if title == "Harlow" else (),
                    date=event.date,
                    place=None,
                    status=status,  # type: ignore[arg-type]
                    events=((stored.document.id, key),),
                    sources=(stored.document.id,),
                    summary=summary,
                )
            )
    store.put_corpus(index, story)
    store.close()
    return store.path


def doc_id_by_title(db: str, prefix: str) -> str:
    store = SQLiteStore(db)
    try:
        return next(
            s.document.id for s in store.iter_documents() if (s.document.metadata.title or "").startswith(prefix)
        )
    finally:
        store.close()
