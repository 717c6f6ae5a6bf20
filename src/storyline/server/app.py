"""The web workspace: a FastAPI app with server-rendered pages and a JSON API (``/api``, OpenAPI
at ``/openapi.json``).

Safe by default: it binds to 127.0.0.1 (``storyline serve``), is read-only unless started with
a token, which then opens ``POST /api/ingest`` to bearer requests under a size limit, escapes
all capture text, and sends a Content-Security-Policy that allows no inline script.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline.server.access import StoreAccess

# 5 MB of JSON Lines is a few hundred articles: plenty for one request, small enough that a
# bad client cannot fill memory. Larger batches go through `storyline ingest`.
MAX_UPLOAD = 5_000_000
_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
# FastAPI's interactive docs load their script from a CDN; the CSP stays off those two pages.
_DOC_PATHS = ("/docs", "/docs/oauth2-redirect", "/redoc")


@dataclass(frozen=True, slots=True)
class ServerConfig:
    db: str
    token: str | None = None  # None: read-only
    max_upload: int = MAX_UPLOAD


def create_app(
    db: str, token: str | None = None, max_upload: int = MAX_UPLOAD, allowed_hosts: Sequence[str] | None = None
) -> FastAPI:
    """The app over the store at ``db``. ``allowed_hosts`` guards against DNS rebinding."""
    from storyline.server import api, pages

    access = StoreAccess(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(
        lifespan=lifespan,
        title="storyline",
        summary="A sourced, time-aware knowledge base of a developing story.",
        version="1",
    )
    app.state.config = ServerConfig(db, token or None, max_upload)
    app.state.access = access
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.url.path not in _DOC_PATHS:
            response.headers["Content-Security-Policy"] = _CSP
            response.headers["X-Frame-Options"] = "DENY"
        return response

    static = resources.files("storyline.server").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    return app


def access_of(request: Request) -> StoreAccess:
    access: StoreAccess = request.app.state.access
    return access


def config_of(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


__all__ = ["MAX_UPLOAD", "ServerConfig", "access_of", "config_of", "create_app"]
