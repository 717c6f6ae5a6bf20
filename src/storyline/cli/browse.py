"""``storyline docs``, ``show`` and ``stats``: look at what is stored."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.errors import StorylineError
from storyline.records import Document


@main.command()
@db_option
@click.pass_context
def docs(ctx: click.Context, db: str | None) -> None:
    """List stored documents."""
    store = store_for(settings_from(ctx, db=db))
    table = Table("id", "kind", "published", "outlet", "title", "stage")
    for s in store.iter_documents():
        m = s.document.metadata
        table.add_row(s.document.id, s.document.kind, m.published or "", m.outlet or "", (m.title or "")[:60], s.stage)
    Console().print(table)


@main.command()
@click.argument("doc")
@db_option
@click.option("--raw", is_flag=True, help="Show the raw capture with removed parts struck through (default).")
@click.pass_context
def show(ctx: click.Context, doc: str, db: str | None, raw: bool) -> None:
    """Show a document (id prefix or source): removed parts struck through with their reason."""
    del raw
    store = store_for(settings_from(ctx, db=db))
    found = store.find_documents(doc)
    if not found:
        raise StorylineError("no such document (give an id prefix or a source)", source=doc)
    console = Console(highlight=False)
    for stored in found:
        document = stored.document
        m = document.metadata
        console.print(f"[bold]{m.title or document.source}[/bold]")
        console.print(
            f"{document.id} · {document.kind} · {m.outlet or '?'} · {m.program or ''} · {m.published or 'undated'}"
            f" · dateline {m.dateline or '-'}",
            markup=False,
        )
        console.print(render_document(document))


def render_document(document: Document) -> Text:
    """The raw text with removals struck through and tagged, turns labelled."""
    text = Text()
    cursor = 0
    for removal in sorted(document.removed, key=lambda r: r.raw_start):
        if removal.raw_start < cursor:
            continue
        text.append(document.raw[cursor : removal.raw_start])
        text.append(document.raw[removal.raw_start : removal.raw_end], style="strike dim")
        text.append(f" [{removal.reason}]", style="bold red")
        cursor = removal.raw_end
    text.append(document.raw[cursor:])
    if document.turns:
        text.append("\n\nTurns\n", style="bold")
        for turn in document.turns:
            who = turn.speaker_name or "unknown"
            text.append(f"{who} ({turn.role}): ", style="bold cyan")
            text.append(document.text[turn.start : turn.end].strip()[:300] + "\n")
    return text


@main.command()
@db_option
@click.pass_context
def stats(ctx: click.Context, db: str | None) -> None:
    """Counts of what is stored, and the failures recorded."""
    store = store_for(settings_from(ctx, db=db))
    counts = {"documents": 0, "removed": 0, "mentions": 0, "times": 0, "quotes": 0, "stances": 0, "events": 0}
    for s in store.iter_documents():
        counts["documents"] += 1
        counts["removed"] += len(s.document.removed)
        if s.analysis:
            counts["mentions"] += len(s.analysis.mentions)
            counts["times"] += len(s.analysis.times)
            speech = sum(q.is_speech for q in s.analysis.quotes)
            counts["quotes"] += speech
            counts["stances"] += len(s.analysis.quotes) - speech
            counts["events"] += len(s.analysis.events)
    counts["entities"] = len(store.get_entities().entities)
    counts["story events"] = len(store.get_story())
    failures = store.failures()
    counts["failures"] = len(failures)
    for key, value in counts.items():
        click.echo(f"{key}: {value}")
    for failure in failures:
        where = failure.source + (f":{failure.line}" if failure.line is not None else "")
        click.echo(f"  failed {where}: {failure.message}")
