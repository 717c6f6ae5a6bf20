"""``storyline serve``: the web workspace."""

from __future__ import annotations

import os

import click

from storyline.cli.app import db_option, main, settings_from, store_for
from storyline.errors import ConfigError

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar="STORYLINE_TOKEN",
    default=None,
    help="Bearer token that opens POST /api/ingest (or STORYLINE_TOKEN); without it the server is read-only.",
)
@click.option("--max-upload", type=click.IntRange(1), default=None, help="Largest ingest body in bytes (default 5 MB).")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int, token: str | None, max_upload: int | None) -> None:
    """Serve the workspace: timeline, entities, documents, search and ask (needs storyline[server])."""
    try:
        import uvicorn

        from storyline.server import MAX_UPLOAD, create_app
    except ImportError as exc:
        raise ConfigError(
            f"the workspace needs the server extra: pip install 'storyline[server]' ({exc.name})"
        ) from exc
    settings = settings_from(ctx, db=db)
    store_for(settings).close()  # a missing store is an error, not a new empty file
    if host not in _LOOPBACK:
        click.echo(f"warning: serving on {host}, reachable from other machines", err=True)
    if token and len(token) < 16:
        raise ConfigError("the token must be at least 16 characters")
    allowed = ["127.0.0.1", "localhost", "[::1]", "::1"] if host in _LOOPBACK else None
    app = create_app(settings.db, token, max_upload or MAX_UPLOAD, allowed_hosts=allowed)
    mode = "ingest open to the token" if token else "read-only"
    click.echo(f"storyline workspace on http://{host}:{port}/ ({mode}; store {settings.db})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning" if not os.environ.get("STORYLINE_DEBUG") else "info")
