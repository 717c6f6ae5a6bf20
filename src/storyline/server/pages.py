"""Server-rendered pages: timeline, entities, documents, search and ask."""

from __future__ import annotations

import re
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from storyline.search import UNIT_KINDS, FtsIndex, UnitKind
from storyline.search.ask import ask
from storyline.server.api import run_search
from storyline.server.app import access_of
from storyline.server.render import render_document
from storyline.server.views import entity_view, timeline

router = APIRouter(include_in_schema=False)
_templates = Environment(
    loader=FileSystemLoader(str(resources.files("storyline.server").joinpath("templates"))),
    autoescape=True,  # capture text is untrusted: everything is escaped unless marked safe here
    trim_blocks=True,
    lstrip_blocks=True,
)
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_HL = re.compile(r"^(\d{1,9})-(\d{1,9})$")


def marked(text: str, matches: tuple[tuple[int, int], ...]) -> Markup:
    """``text`` escaped, with the query's words in <b>."""
    out, cursor = [], 0
    for start, end in matches:
        out.append(str(escape(text[cursor:start])) + "<b>" + str(escape(text[start:end])) + "</b>")
        cursor = end
    return Markup("".join(out) + str(escape(text[cursor:])))


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None (never a ``javascript:`` link)."""
    return url if url and re.match(r"^https?://", url, re.IGNORECASE) else None


_templates.filters["marked"] = marked
_templates.filters["web_url"] = web_url


def page(name: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(**context))


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, as_of: Annotated[str | None, Query(pattern=_DATE)] = None) -> HTMLResponse:
    entries, basis = timeline(access_of(request).reader(), as_of or None)
    return page("timeline.html", title="Timeline", entries=entries, basis=basis, as_of=as_of or "")


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request) -> HTMLResponse:
    entities = sorted(access_of(request).reader().get_entities().entities, key=lambda e: (-len(e.mentions), e.name))
    return page("entities.html", title="Entities", entities=entities)


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    store = access_of(request).reader()
    view = entity_view(store, entity_id)
    if view is None:
        raise HTTPException(404, "no such entity")
    descriptions = sorted(view.entity.descriptions, key=lambda d: d.as_of or "")
    entries, _ = timeline(store, entity=entity_id)
    return page("entity.html", title=view.entity.name, view=view, descriptions=descriptions, entries=entries)


@router.get("/docs-list", response_class=HTMLResponse)
def documents_page(request: Request) -> HTMLResponse:
    docs = [s.document for s in access_of(request).reader().iter_documents()]
    docs.sort(key=lambda d: (d.metadata.published or "", d.metadata.title or d.source))
    return page("documents.html", title="Documents", docs=docs)


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, hl: str | None = None) -> HTMLResponse:
    store = access_of(request).reader()
    stored = store.get_document(doc_id)
    if stored is None:
        raise HTTPException(404, "no such document")
    highlight = None
    match = _HL.match(hl or "")
    if match:
        start, end = int(match.group(1)), int(match.group(2))
        if 0 <= start < end <= len(stored.document.text):
            highlight = (start, end)
    index = store.get_entities()
    body = render_document(stored.document, stored.analysis, index, highlight)
    analysis = stored.analysis
    return page(
        "document.html",
        title=stored.document.metadata.title or stored.document.source,
        doc=stored.document,
        body=body,
        # Numbered as stored, so each list item links to its ``#qN`` mark in the text.
        quotes=[(n, q) for n, q in enumerate(analysis.quotes) if q.is_speech] if analysis else [],
        stances=[(n, q) for n, q in enumerate(analysis.quotes) if not q.is_speech] if analysis else [],
        events=analysis.events if analysis else (),
        times=analysis.times if analysis else (),
        highlighted=stored.document.text[highlight[0] : highlight[1]] if highlight else None,
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    entity: str = "",
    date_from: Annotated[str, Query(alias="from")] = "",
    date_to: Annotated[str, Query(alias="to")] = "",
    source: str = "",
    kind: str = "",
) -> HTMLResponse:
    valid = all(not d or re.match(_DATE, d) for d in (date_from, date_to))
    kinds: list[UnitKind] = [k for k in UNIT_KINDS if k == kind]
    hits = run_search(request, q, entity, date_from, date_to, source, kinds, 30) if q.strip() and valid else []
    form = {"q": q, "entity": entity, "from": date_from, "to": date_to, "source": source, "kind": kind}
    return page(
        "search.html", title="Search", form=form, hits=hits, searched=bool(q.strip()), valid=valid, kinds=UNIT_KINDS
    )


@router.get("/ask", response_class=HTMLResponse)
def ask_page(request: Request, q: str = "") -> HTMLResponse:
    store = access_of(request).reader()
    answer = ask(q, store, FtsIndex(store.conn), per_group=4) if q.strip() else None
    return page("ask.html", title="Ask", q=q, answer=answer, kinds=UNIT_KINDS)
