"""``storyline quotes``: who said what, with the document each quote comes from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import get_args

import click
from rich.console import Console
from rich.table import Table

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.records import Quote, QuoteAct
from storyline.store.base import Store


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote as listed: speaker name (resolved entity first), kind, cue, text, document."""

    speaker: str
    kind: str
    cue: str
    text: str
    title: str
    published: str


def quote_rows(store: Store, speaker: str | None = None, act: str | None = None) -> Iterator[QuoteRow]:
    """The stored quotes in document order, optionally only those whose speaker matches ``speaker``
    and only those reporting ``act`` ("speech": what was said, not thought, intended or shown)."""
    index = store.get_entities()
    names = {e.id: (e.name, *e.aliases) for e in index.entities}
    wanted = speaker.lower() if speaker else None
    for stored in store.iter_documents():
        if stored.analysis is None:
            continue
        document = stored.document
        for quote in stored.analysis.quotes:
            if act and quote.act != act:
                continue
            known = names.get(index.ref(document.id, quote.speaker) or "", ())
            shown = known[0] if known else (quote.speaker_name or "?")
            if wanted and not _matches(wanted, (*known, quote.speaker_name or "")):
                continue
            yield QuoteRow(
                speaker=shown if known or quote.speaker_name is None else f"{shown} (unresolved)",
                kind=quote.kind,
                cue=quote.cue or "",
                text=_one_line(quote),
                title=document.metadata.title or document.source,
                published=document.metadata.published or "undated",
            )


def _matches(wanted: str, names: tuple[str, ...]) -> bool:
    return any(wanted in name.lower() for name in names if name)


def _one_line(quote: Quote, width: int = 160) -> str:
    text = " ".join(quote.text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


@main.command()
@db_option
@click.option("--speaker", default=None, help="Only quotes of speakers whose name contains this (any case).")
@click.option(
    "--act",
    type=click.Choice(get_args(QuoteAct)),
    default=None,
    help="Only quotes reporting this act: speech (what was said), thought, intention or evidence.",
)
@click.pass_context
def quotes(ctx: click.Context, db: str | None, speaker: str | None, act: str | None) -> None:
    """List quotes with their speaker, kind, cue and source document."""
    store = store_for(settings_from(ctx, db=db))
    table = Table("speaker", "kind", "cue", "quote", "document", "date")
    count = 0
    for row in quote_rows(store, speaker, act):
        table.add_row(row.speaker, row.kind, row.cue, row.text, row.title[:50], row.published)
        count += 1
    store.close()
    console = Console()
    console.print(table)
    console.print(f"{count} quote(s)")
