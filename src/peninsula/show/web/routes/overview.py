"""The overview page: relations index both ways with its shifts, trackers, latest events."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from peninsula.show.web.context import overview_context
from peninsula.show.web.deps import Cache, Repo
from peninsula.show.web.render import render

router = APIRouter(tags=["pages"])


@router.get("/overview.json", name="overview_json")
@router.get("/", name="overview")
def overview(request: Request, repo: Repo, cache: Cache) -> Response:
    """Relations index PRK->KOR and KOR->PRK, detected shifts, trackers, latest events."""
    return render(request, "overview.html", overview_context(repo, cache))
