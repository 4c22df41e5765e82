"""The event page: every report of one fused event, in its article's words, side by side."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response

from peninsula.show.web.context import event_context
from peninsula.show.web.deps import Repo
from peninsula.show.web.render import render

router = APIRouter(prefix="/events", tags=["pages"])


# decorators apply bottom-up: the .json route is registered first, as "{id}" alone
# would also match "x.json"
@router.get("/{id}", name="event")
@router.get("/{id}.json", name="event_json")
def event(request: Request, repo: Repo, id: str) -> Response:
    """One fused event: its mentions with their sentences in context, and conflicts."""
    context = event_context(repo, id)
    if context is None:
        raise HTTPException(404, f"no fused event {id!r}")
    return render(request, "event.html", context)
