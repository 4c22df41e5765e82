"""The web dashboard: a read-only FastAPI app over one event database.

Needs: `Settings` (the database URL), the store and the analyse functions. Adds: HTML pages
(overview, timeline, events, articles, shifts), each with a `.json` twin, a JSON API under
/api/, and /openapi.json. Everything it serves comes from this machine: plotly.js is the
file shipped inside the plotly package, so the dashboard works offline. Only GET is routed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from peninsula.errors import PeninsulaError
from peninsula.settings import Settings
from peninsula.show.web import render
from peninsula.show.web.cache import AnalysisCache
from peninsula.show.web.deps import HERE
from peninsula.show.web.highlight import SpanFinder
from peninsula.show.web.routes import api, articles, events, overview, shifts, timeline
from peninsula.store import Repository

log = logging.getLogger(__name__)

# Nothing is loaded from elsewhere; inline styles are allowed because plotly sets them.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def create_app(settings: Settings | None = None, warm: bool = True) -> FastAPI:
    """The app over `settings.db_url`; with `warm`, analyses are computed at startup."""
    settings = settings or Settings()
    repo = Repository(settings.db_url, settings)
    cache = AnalysisCache(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:  # the first visitor should not wait for every fused event to load
            threading.Thread(target=_warm, args=(repo, cache), daemon=True).start()
        yield
        repo.close()

    app = FastAPI(
        title="peninsula",
        summary="Events of the Korean peninsula, read from the news, with their evidence.",
        version=_version(),
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; /openapi.json stays
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.repo = repo
    app.state.cache = cache
    app.state.spans = SpanFinder(settings)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_api_route("/assets/plotly.min.js", _plotly, methods=["GET"], include_in_schema=False)
    for module in (overview, timeline, events, articles, shifts, api):
        app.include_router(module.router)

    app.add_exception_handler(PeninsulaError, render.peninsula_error)
    app.add_exception_handler(HTTPException, render.http_error)
    app.add_exception_handler(RequestValidationError, render.validation_error)

    @app.middleware("http")
    async def _headers(request: Request, call_next) -> Response:  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app


def serve(settings: Settings | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the dashboard with uvicorn until interrupted (localhost only unless told)."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def plotly_path() -> Path:
    """plotly.min.js as shipped inside the installed plotly package."""
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


def _plotly() -> FileResponse:
    return FileResponse(
        plotly_path(),
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=86400"},
    )


def _warm(repo: Repository, cache: AnalysisCache) -> None:
    try:
        from peninsula.show.web.context import overview_context

        overview_context(repo, cache)
        cache.by_article(repo)
    except Exception as exc:  # pages compute on demand and report errors themselves
        log.warning("could not prepare analyses at startup: %s", exc)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("peninsula")
    except Exception:
        return "0"
