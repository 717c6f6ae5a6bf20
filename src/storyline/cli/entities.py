"""``storyline entities`` and ``storyline entity NAME``: the corpus entities and why they are one."""

from __future__ import annotations

import difflib
from collections import Counter

import click
from rich.console import Console
from rich.table import Table

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.errors import StorylineError
from storyline.extract.entity_names import name_key
from storyline.records import Entity
from storyline.store.base import Store


@main.command()
@db_option
@click.option("--type", "kind", help="Only entities of this type (PERSON, ORG, GPE, ...).")
@click.option("--limit", type=int, default=0, help="Show at most this many (default all).")
@click.pass_context
def entities(ctx: click.Context, db: str | None, kind: str | None, limit: int) -> None:
    """List the corpus entities with their type and mention and document counts."""
    store = store_for(settings_from(ctx, db=db))
    found = [e for e in store.get_entities().entities if kind is None or e.type == kind.upper()]
    found.sort(key=lambda e: (-len(e.mentions), e.name))
    if limit:
        found = found[:limit]
    table = Table("name", "type", "mentions", "documents", "aliases")
    for e in found:
        docs = {m.doc for m in e.mentions}
        table.add_row(e.name, e.type, str(len(e.mentions)), str(len(docs)), ", ".join(e.aliases[:4]))
    Console().print(table)


@main.command()
@click.argument("name")
@db_option
@click.pass_context
def entity(ctx: click.Context, name: str, db: str | None) -> None:
    """Show one entity: aliases, roles over time, mentions per document and why variants were merged."""
    store = store_for(settings_from(ctx, db=db))
    known = store.get_entities().entities
    match = find_entity(known, name)
    if match is None:
        close = closest_names(known, name)
        hint = f"; closest known: {', '.join(close)}" if close else ""
        raise StorylineError(f"no entity named {name!r}{hint}")
    console = Console(highlight=False)
    console.print(f"[bold]{match.name}[/bold] ({match.type}) {match.id}")
    if match.aliases:
        console.print("aliases: " + ", ".join(match.aliases), markup=False)
    if match.descriptions:
        console.print("roles:")
        for d in match.descriptions:
            console.print(f"  {d.as_of or 'undated'}  {d.text}", markup=False)
    console.print("mentions:")
    titles = _titles(store)
    for doc, count in Counter(m.doc for m in match.mentions).most_common():
        console.print(f"  {count:4d}  {doc}  {titles.get(doc, '')}", markup=False)
    if match.why:
        console.print("merged because:")
        for reason in match.why:
            console.print(f"  - {reason}", markup=False)


def find_entity(known: tuple[Entity, ...], name: str) -> Entity | None:
    """The entity called ``name`` (or with it as an alias), the one with most mentions first."""
    key = name_key(name)
    by_name = [e for e in known if name_key(e.name) == key or e.id == name]
    by_alias = [e for e in known if any(name_key(a) == key for a in e.aliases)]
    candidates = by_name or by_alias
    return max(candidates, key=lambda e: len(e.mentions)) if candidates else None


def closest_names(known: tuple[Entity, ...], name: str, n: int = 5) -> list[str]:
    names = {e.name for e in known} | {a for e in known for a in e.aliases}
    # 0.6 is difflib's own default cut-off; lower lets unrelated names in.
    return difflib.get_close_matches(name, sorted(names), n=n, cutoff=0.6)


def _titles(store: Store) -> dict[str, str]:
    return {
        s.document.id: " ".join((s.document.metadata.title or s.document.source).split())[:60]
        for s in store.iter_documents()
    }
