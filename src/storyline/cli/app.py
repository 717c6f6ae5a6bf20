"""The ``storyline`` command group and the one place that turns errors into exit codes."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from storyline.errors import StorylineError
from storyline.settings import Settings, load_settings
from storyline.store import SQLiteStore, open_store


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StorylineError as exc:
            click.echo(f"storyline: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (default ./storyline.toml).")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="storyline")
@click.pass_context
def main(ctx: click.Context, config: str | None, verbose: int) -> None:
    """storyline: news captures in, a sourced, time-aware knowledge base of a story out."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = {"config": config}


def settings_from(ctx: click.Context, **overrides: Any) -> Settings:
    return load_settings(ctx.obj.get("config") if ctx.obj else None, **overrides)


def db_option(func: Any) -> Any:
    return click.option(
        "--db", envvar="STORYLINE_DB", help="Store path (default ./storyline.db or STORYLINE_DB).", default=None
    )(func)


def store_for(settings: Settings, must_exist: bool = True) -> SQLiteStore:
    from pathlib import Path

    if must_exist and not Path(settings.db).exists():
        raise StorylineError("no store here; run `storyline ingest PATHS` first or pass --db", source=settings.db)
    return open_store(settings.db)
