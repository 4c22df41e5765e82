"""Rendering: one context becomes an HTML page or its `.json` twin; errors become pages.

Needs: the shared `templates`. Adds: `render` (HTML or JSON by the path's suffix) and the
exception handlers that map `PeninsulaError` classes, HTTP errors and bad query parameters
to status codes: JSON under /api/ and for `.json`/`.csv`/`.jsonl` paths, `error.html` otherwise.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from peninsula.errors import DateError, InputError, KnowledgeError, PeninsulaError, StoreError
from peninsula.show.web.deps import templates

log = logging.getLogger(__name__)

# Most specific class first: the first match sets the status.
STATUS_OF: tuple[tuple[type[PeninsulaError], int], ...] = (
    (DateError, 422),
    (InputError, 422),
    (StoreError, 503),
    (KnowledgeError, 500),
    (PeninsulaError, 500),
)
_MACHINE_SUFFIXES = (".json", ".csv", ".jsonl")


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(_MACHINE_SUFFIXES)


def render(request: Request, template: str, context: dict[str, Any]) -> Response:
    """The page as HTML, or the very same context as JSON at the `.json` twin."""
    if wants_json(request):
        return JSONResponse(context)
    return templates.TemplateResponse(request, template, {"ctx": context})


def error_response(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


async def peninsula_error(request: Request, exc: Exception) -> Response:
    status = next(code for cls, code in STATUS_OF if isinstance(exc, cls))
    if status >= 500:
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return error_response(request, status, str(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    messages = {404: "not found", 405: "this server is read-only: only GET is allowed"}
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no page at {request.url.path}"
    response = error_response(
        request, exc.status_code, detail or messages.get(exc.status_code, "error")
    )
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return error_response(request, 422, "bad parameter: " + "; ".join(parts))
