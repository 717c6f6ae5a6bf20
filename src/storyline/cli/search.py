"""``storyline search`` and ``storyline ask``: find spans of the captures, answer from them."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.errors import StorylineError
from storyline.search import UNIT_KINDS, Query, SearchIndex, open_index, search
from storyline.search.ask import ask as run_ask
from storyline.search.units import SearchUnit


def _unit_json(unit: SearchUnit, score: float) -> dict[str, Any]:
    return {
        "doc": unit.doc,
        "kind": unit.kind,
        "start": unit.start,
        "end": unit.end,
        "text": unit.text,
        "title": unit.title,
        "date": unit.date,
        "source": unit.source,
        "ref": unit.ref,
        "score": round(score, 4),
        "link": unit.href,
    }


def _print_unit(console: Console, unit: SearchUnit, matches: tuple[tuple[int, int], ...], label: str) -> None:
    head = Text(f"{label} ", style="bold")
    head.append(unit.title, style="bold cyan")
    head.append(f" · {unit.date or 'undated'} · {unit.kind} · {unit.doc}:{unit.start}-{unit.end}", style="dim")
    console.print(head)
    body = Text("  " + unit.text)
    for start, end in matches:
        body.stylize("bold yellow", start + 2, end + 2)
    console.print(body)


@main.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--entity", help="Only spans mentioning this entity (id, name or alias).")
@click.option("--from", "date_from", help="Only spans dated on or after this ISO date.")
@click.option("--to", "date_to", help="Only spans dated on or before this ISO date.")
@click.option("--source", help="Only documents whose source contains this, or of this outlet.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(UNIT_KINDS), help="Only these kinds; repeatable.")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--semantic", is_flag=True, help="Rank by sentence embeddings (needs storyline[semantic]).")
@click.option("--json", "as_json", is_flag=True, help="Print hits as JSON.")
@db_option
@click.pass_context
def search_command(
    ctx: click.Context,
    query: tuple[str, ...],
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    source: str | None,
    kinds: tuple[str, ...],
    limit: int,
    semantic: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """Search sentences, quotes, claims and events (BM25 over SQLite FTS5)."""
    store = store_for(settings_from(ctx, db=db))
    index: SearchIndex
    if semantic:
        from storyline.search.semantic import semantic_index

        index = semantic_index(store)
    else:
        index = open_index(store)
    wanted = Query(" ".join(query), entity, date_from, date_to, source, kinds, limit)  # type: ignore[arg-type]
    hits = search(index, wanted, store)
    store.close()
    if as_json:
        click.echo(json.dumps([_unit_json(h.unit, h.score) for h in hits], ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    if not hits:
        console.print("no hits")
    for number, hit in enumerate(hits, start=1):
        _print_unit(console, hit.unit, hit.matches, f"{number}.")


@main.command("ask")
@click.argument("question", nargs=-1, required=True)
@click.option("--per-group", type=click.IntRange(1, 50), default=5, show_default=True, help="Spans per kind.")
@click.option("--semantic", is_flag=True, help="Also find spans by sentence embeddings (storyline[semantic]).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@db_option
@click.pass_context
def ask_command(
    ctx: click.Context, question: tuple[str, ...], per_group: int, semantic: bool, as_json: bool, db: str | None
) -> None:
    """Answer a question with the quotes, claims, events and sentences that support it."""
    store = store_for(settings_from(ctx, db=db))
    similar = None
    if semantic:
        from storyline.search.semantic import semantic_index

        similar = semantic_index(store)
    answer = run_ask(" ".join(question), store, per_group=per_group, similar=similar)
    store.close()
    if as_json:
        data = {
            "question": answer.question,
            "terms": list(answer.terms),
            "entities": list(answer.entities),
            "groups": [{"kind": k, "evidence": [_unit_json(e.unit, e.score) for e in g]} for k, g in answer.groups],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not answer.groups:
        raise StorylineError("nothing in the store supports an answer to that question")
    console = Console(highlight=False)
    for kind, group in answer.groups:
        console.print(Text(f"{kind}s", style="bold underline"))
        for number, evidence in enumerate(group, start=1):
            _print_unit(console, evidence.unit, evidence.matches, f"{number}.")
            console.print(Text(f"  {evidence.unit.href}", style="dim"))
