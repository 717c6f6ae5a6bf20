"""``storyline timeline``, ``storyline changes`` and ``storyline export-timelinejs``."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import click

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.cli.entities import closest_names
from storyline.errors import StorylineError
from storyline.records import DocAnalysis, Document, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.story.render import StoryContext, render_markdown, render_text, story_json, timelinejs
from storyline.story.views import changes_since, involving, story_as_of, top

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    del ctx, param
    if value is not None and not _ISO_DATE.match(value):
        raise click.BadParameter("use an ISO date, YYYY-MM-DD")
    return value


def _load(
    ctx: click.Context, db: str | None
) -> tuple[list[Document], list[DocAnalysis], EntityIndex, tuple[StoryEvent, ...]]:
    store = store_for(settings_from(ctx, db=db))
    stored = [s for s in store.iter_documents() if s.analysis is not None]
    index = store.get_entities()
    story = store.get_story()
    store.close()
    return [s.document for s in stored], [s.analysis for s in stored if s.analysis is not None], index, story


def _entity_ids(index: EntityIndex, name: str) -> set[str]:
    wanted = name.casefold()
    exact = {e.id for e in index.entities if wanted in {n.casefold() for n in (e.name, *e.aliases)}}
    if exact:
        return exact
    partial = {e.id for e in index.entities if wanted in e.name.casefold()}
    if not partial:
        close = closest_names(index.entities, name)
        hint = f"; closest known: {', '.join(close)}" if close else ""
        raise StorylineError(f"no entity named {name!r} in the store{hint}")
    return partial


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as out:
            out.write(text)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.write(text)


@main.command()
@db_option
@click.option("--as-of", "as_of", callback=_check_date, help="The story as reported up to this date (YYYY-MM-DD).")
@click.option("--entity", help="Only events this entity takes part in (name or alias).")
@click.option("--top", "count", type=int, default=None, help="Only the N most salient events (kept in date order).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "markdown", "timelinejs"]), default="text", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default stdout).")
@click.pass_context
def timeline(
    ctx: click.Context,
    db: str | None,
    as_of: str | None,
    entity: str | None,
    count: int | None,
    fmt: str,
    output: str | None,
) -> None:
    """The story in date order, each event with the sentences that report it."""
    documents, analyses, index, story = _load(ctx, db)
    if as_of:
        story = story_as_of(documents, analyses, index, as_of)
    if entity:
        story = involving(story, _entity_ids(index, entity))
    if count is not None:
        story = top(story, count)
    # the export lists undated events first (they cannot be placed); a reader wants them last
    story = tuple(s for s in story if s.date) + tuple(s for s in story if not s.date)
    context = StoryContext(documents, analyses, index)
    if fmt == "text":
        _write(render_text(story, context), output)
    elif fmt == "markdown":
        _write(render_markdown(story, context), output)
    else:
        data: Any = story_json(story, context) if fmt == "json" else timelinejs(story, context)
        _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)


@main.command()
@db_option
@click.option("--since", required=True, callback=_check_date, help="Compare with the story as of this date.")
@click.pass_context
def changes(ctx: click.Context, db: str | None, since: str) -> None:
    """What the reports after a date added to the story or changed in it."""
    documents, analyses, index, story = _load(ctx, db)
    before = story_as_of(documents, analyses, index, since)
    context = StoryContext(documents, analyses, index)
    for change in changes_since(before, story):
        item = change.item
        date = item.date.value if item.date else "undated"
        detail = f" {change.before} -> {change.after}" if change.kind != "new" else ""
        click.echo(f"{change.kind:<9} {date:<11} {context.headline(item)}{detail}")


@main.command("export-timelinejs")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="TimelineJS JSON file to write.")
@click.option("--top", "count", type=int, default=None, help="Only the N most salient events.")
@click.pass_context
def export_timelinejs(ctx: click.Context, db: str | None, output: str, count: int | None) -> None:
    """Write the story as a TimelineJS 3 JSON file."""
    documents, analyses, index, story = _load(ctx, db)
    if count is not None:
        story = top(story, count)
    data = timelinejs(story, StoryContext(documents, analyses, index))
    _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
