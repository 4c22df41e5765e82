"""The shifts page: turns in the relations of the most active pairs, with their drivers."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from peninsula.show.web.context import shifts_context
from peninsula.show.web.deps import Cache, FreqQuery, Repo
from peninsula.show.web.render import render

router = APIRouter(prefix="/shifts", tags=["pages"])


@router.get(".json", name="shifts_json")
@router.get("", name="shifts")
def shifts(request: Request, repo: Repo, cache: Cache, freq: FreqQuery = "month") -> Response:
    """Detected shifts of every active pair at one frequency, with the events behind each."""
    return render(request, "shifts.html", shifts_context(repo, cache, freq))
