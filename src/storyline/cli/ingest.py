"""``storyline ingest``."""

from __future__ import annotations

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.pipeline import ingest as run_ingest
from storyline.settings import STAGES


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=int, default=None, help="Worker processes (default 1).")
@click.option("--until", type=click.Choice(STAGES), default=None, help="Stop after this stage.")
@click.option(
    "--on-error", type=click.Choice(["record", "skip", "raise"]), default=None, help="What a bad capture does."
)
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    workers: int | None,
    until: str | None,
    on_error: str | None,
) -> None:
    """Ingest captures: files, folders, globs, JSON Lines, or - for standard input."""
    settings = settings_from(ctx, db=db, workers=workers, until=until, on_error=on_error)
    console = Console(stderr=True)
    store = store_for(settings, must_exist=False)
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, source: str) -> None:
            bar.update(task, completed=done, description=source[-50:])

        report = run_ingest(paths, settings, store, progress)
    for warning in report.warnings:
        console.print(f"warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    for failure in report.failures:
        console.print(f"error: {failure}", markup=False, highlight=False, soft_wrap=True)
    total = store.count_documents()
    click.echo(
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.failures)} failed; {total} documents in {settings.db}"
    )
    store.close()
    if report.failures:
        ctx.exit(1)
