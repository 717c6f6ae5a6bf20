"""The JSON API under ``/api`` (documented by the app's OpenAPI schema)."""

from __future__ import annotations

import hmac
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from storyline.export import build_export
from storyline.export.contract import entity_fields
from storyline.search import FtsIndex, Hit, SearchUnit, UnitKind, search
from storyline.search import Query as SearchQuery
from storyline.search.ask import ask
from storyline.server.app import access_of, config_of
from storyline.server.views import SpanLink, entity_view, timeline

router = APIRouter(prefix="/api", tags=["api"])


class Span(BaseModel):
    doc: str
    title: str
    date: str | None
    start: int
    end: int
    text: str
    link: str


class SearchHit(Span):
    kind: str
    score: float
    ref: str | None = None
    source: str


class AnswerGroup(BaseModel):
    kind: str
    evidence: list[SearchHit]


class AnswerOut(BaseModel):
    question: str
    terms: list[str]
    entities: list[str]
    text: str | None = None  # a written answer; None: the answer is the evidence
    groups: list[AnswerGroup]


class TimelineItem(BaseModel):
    date: str | None
    title: str
    kind: str
    status: str | None
    type: str | None
    participants: list[dict[str, str]]
    sources: list[Span]
    conflicts: list[str]


class TimelineOut(BaseModel):
    basis: str  # "story", or the fallback "events" / "times" while no story is stored
    as_of: str | None
    entries: list[TimelineItem]


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    source: str
    kind: str
    published: str | None
    outlet: str | None


class IngestOut(BaseModel):
    added: int
    updated: int
    unchanged: int
    failures: list[str]
    documents: list[str]


def _hit(unit: SearchUnit, score: float) -> SearchHit:
    return SearchHit(
        doc=unit.doc,
        title=unit.title,
        date=unit.date,
        start=unit.start,
        end=unit.end,
        text=unit.text,
        link=unit.href,
        kind=unit.kind,
        score=round(score, 4),
        ref=unit.ref,
        source=unit.source,
    )


def _span(span: SpanLink) -> Span:
    return Span(
        doc=span.doc,
        title=span.title,
        date=span.published,
        start=span.start,
        end=span.end,
        text=span.text,
        link=span.href,
    )


def run_search(
    request: Request,
    q: str,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    source: str | None,
    kinds: list[UnitKind],
    limit: int,
) -> list[Hit]:
    store = access_of(request).reader()
    query = SearchQuery(q, entity or None, date_from or None, date_to or None, source or None, tuple(kinds), limit)
    # The store was indexed when the app started and put_document keeps it so: no check here.
    return search(FtsIndex(store.conn), query, store)


@router.get("/search", summary="Search sentences, quotes, claims and events (BM25)")
def api_search(
    request: Request,
    q: str,
    entity: str | None = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=r"^\d{4}(-\d{2}){0,2}$")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=r"^\d{4}(-\d{2}){0,2}$")] = None,
    source: str | None = None,
    kind: Annotated[list[UnitKind] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[SearchHit]:
    hits = run_search(request, q, entity, date_from, date_to, source, kind or [], limit)
    return [_hit(h.unit, h.score) for h in hits]


@router.get("/ask", summary="An extractive answer: the spans of the captures that support it")
def api_ask(request: Request, q: str, per_group: Annotated[int, Query(ge=1, le=50)] = 5) -> AnswerOut:
    store = access_of(request).reader()
    answer = ask(q, store, FtsIndex(store.conn), per_group=per_group)
    return AnswerOut(
        question=answer.question,
        terms=list(answer.terms),
        entities=list(answer.entities),
        text=answer.text,
        groups=[AnswerGroup(kind=k, evidence=[_hit(e.unit, e.score) for e in g]) for k, g in answer.groups],
    )


@router.get("/timeline", summary="The story's timeline as known on a date; with entity, that entity's timeline")
def api_timeline(
    request: Request,
    as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    entity: Annotated[str | None, Query(description="an entity id: only the story events it takes part in")] = None,
) -> TimelineOut:
    entries, basis = timeline(access_of(request).reader(), as_of, entity)
    return TimelineOut(
        basis=basis,
        as_of=as_of,
        entries=[
            TimelineItem(
                date=e.date,
                title=e.title,
                kind=e.kind,
                status=e.status,
                type=e.type,
                participants=[{"id": i, "name": n} for i, n in e.participants],
                sources=[_span(s) for s in e.sources],
                conflicts=list(e.conflicts),
            )
            for e in entries
        ],
    )


@router.get("/documents", summary="Stored documents")
def api_documents(request: Request) -> list[DocumentSummary]:
    return [
        DocumentSummary(
            id=s.document.id,
            title=s.document.metadata.title,
            source=s.document.source,
            kind=s.document.kind,
            published=s.document.metadata.published,
            outlet=s.document.metadata.outlet,
        )
        for s in access_of(request).reader().iter_documents()
    ]


@router.get("/documents/{doc_id}", summary="One document in the export contract's shape")
def api_document(request: Request, doc_id: str) -> dict[str, Any]:
    store = access_of(request).reader()
    if store.get_document(doc_id) is None:
        raise HTTPException(404, "no such document")
    data = build_export(store, [doc_id])
    return {k: data[k] for k in ("documents", "times", "quotes", "stances", "events")}


@router.get("/entities", summary="Corpus entities")
def api_entities(request: Request) -> list[dict[str, Any]]:
    return [
        {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "mentions": len(e.mentions)}
        for e in access_of(request).reader().get_entities().entities
    ]


@router.get("/entities/{entity_id}", summary="One entity: aliases, descriptions over time, quotes, events")
def api_entity(request: Request, entity_id: str) -> dict[str, Any]:
    view = entity_view(access_of(request).reader(), entity_id)
    if view is None:
        raise HTTPException(404, "no such entity")
    return {
        **entity_fields(view.entity),
        "quotes": [_span(s).model_dump() for s in view.quotes],
        "stances": [{"act": act, **_span(s).model_dump()} for act, s in view.stances],
        "events": [_span(s).model_dump() for s in view.events],
        "documents": [{"id": d, "title": t, "published": p} for d, t, p in view.documents],
    }


@router.post(
    "/ingest",
    summary="Ingest captures (JSON Lines body); needs the server's bearer token",
    responses={
        401: {"description": "missing or wrong token"},
        403: {"description": "read-only server"},
        413: {"description": "body over the limit"},
    },
)
async def api_ingest(request: Request, authorization: Annotated[str | None, Header()] = None) -> IngestOut:
    config = config_of(request)
    if config.token is None:
        raise HTTPException(403, "read-only server: start it with --token to allow ingest")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not authorization or not authorization.startswith("Bearer ") or not hmac.compare_digest(given, config.token):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > config.max_upload:
        raise HTTPException(413, f"body over {config.max_upload} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > config.max_upload:
            raise HTTPException(413, f"body over {config.max_upload} bytes")
    if not body.strip():
        raise HTTPException(400, "empty body: send capture records as JSON Lines")
    return await run_in_threadpool(_ingest, request, bytes(body))


def _ingest(request: Request, body: bytes) -> IngestOut:
    from storyline.pipeline import ingest
    from storyline.settings import load_settings

    config = config_of(request)
    with tempfile.TemporaryDirectory(prefix="storyline-upload-") as folder:
        path = Path(folder) / "upload.jsonl"
        path.write_bytes(body)
        settings = load_settings(db=config.db, workers=1, on_error="record")
        with access_of(request).writer() as store:
            report = ingest([str(path)], settings, store)
    return IngestOut(
        added=report.added,
        updated=report.updated,
        unchanged=report.unchanged,
        failures=[f.message if f.line is None else f"line {f.line}: {f.message}" for f in report.failures],
        documents=report.documents,
    )


__all__ = ["router", "run_search"]
