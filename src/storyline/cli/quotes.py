"""``storyline quotes``: who said what, with the document each quote comes from.

What was said (``act == "speech"``) is listed by default. Beliefs, plans and evidence a writer
attributes to someone ("officials believe", "she wants to", "a poll shows") and the topics of
talk ("criticized her record") are stances, not anybody's words: ``--act thought`` (or
``intention``, ``evidence``, ``topic``) lists one kind of them,
``--act all`` lists every attribution stored.
"""

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

# ``--act`` values: one act, or every attribution whatever its act.
ACT_CHOICES = (*get_args(QuoteAct), "all")


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote as listed: speaker name (resolved entity first), kind, cue, text, document."""

    speaker: str
    kind: str
    act: str
    cue: str
    text: str
    title: str
    published: str


def quote_rows(store: Store, speaker: str | None = None, act: str = "speech") -> Iterator[QuoteRow]:
    """The stored attributions reporting ``act`` in document order, optionally only those whose
    speaker matches ``speaker``. By default what was said ("speech"), not what someone is said to
    think, intend or show; ``act="all"`` gives every attribution."""
    index = store.get_entities()
    names = {e.id: (e.name, *e.aliases) for e in index.entities}
    wanted = speaker.lower() if speaker else None
    for stored in store.iter_documents():
        if stored.analysis is None:
            continue
        document = stored.document
        for quote in stored.analysis.quotes:
            if act != "all" and quote.act != act:
                continue
            known = names.get(index.ref(document.id, quote.speaker) or "", ())
            shown = known[0] if known else (quote.speaker_name or "?")
            if wanted and not _matches(wanted, (*known, quote.speaker_name or "")):
                continue
            yield QuoteRow(
                speaker=shown if known or quote.speaker_name is None else f"{shown} (unresolved)",
                kind=quote.kind,
                act=quote.act,
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
    type=click.Choice(ACT_CHOICES),
    default="speech",
    show_default=True,
    help="What to list: speech (what was said), or the stances a writer attributes: thought"
    " (beliefs), intention (plans), evidence (what a poll or report shows), topic (what talk was"
    " about or aimed at: 'criticized her record'); all lists every one.",
)
@click.pass_context
def quotes(ctx: click.Context, db: str | None, speaker: str | None, act: str) -> None:
    """List what was said with its speaker, kind, cue and source document (--act for stances)."""
    store = store_for(settings_from(ctx, db=db))
    # An act column when the listing holds stances: speech alone needs none.
    with_act = act != "speech"
    table = Table("speaker", *(("act",) if with_act else ()), "kind", "cue", "quote", "document", "date")
    count = 0
    for row in quote_rows(store, speaker, act):
        shown = (row.speaker, row.act) if with_act else (row.speaker,)
        table.add_row(*shown, row.kind, row.cue, row.text, row.title[:50], row.published)
        count += 1
    store.close()
    console = Console()
    console.print(table)
    console.print(f"{count} quote(s)" if act == "speech" else f"{count} attribution(s)")
