"""``storyline export``."""

from __future__ import annotations

import sys

import click

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.export import build_export, write_export


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "markdown"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default stdout).")
@click.option("--doc", "docs", multiple=True, help="Only these documents (id prefix or source); repeatable.")
@click.pass_context
def export(ctx: click.Context, db: str | None, fmt: str, output: str | None, docs: tuple[str, ...]) -> None:
    """Export the store as contract-v1 JSON, JSON Lines or Markdown."""
    settings = settings_from(ctx, db=db)
    store = store_for(settings)
    selection = None
    if docs:
        selection = [s.document.id for d in docs for s in store.find_documents(d)]
    data = build_export(store, selection)
    store.close()
    if output:
        with open(output, "w", encoding="utf-8") as out:
            write_export(data, fmt, out)  # type: ignore[arg-type]
        click.echo(f"wrote {output}", err=True)
    else:
        write_export(data, fmt, sys.stdout)  # type: ignore[arg-type]
