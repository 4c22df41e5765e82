"""The JSON API: fused events, articles, the relations index, shifts and tracker states."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from peninsula.show.web.deps import (
    Cache,
    DateQuery,
    Filters,
    FreqQuery,
    PairQuery,
    Repo,
    TextQuery,
)

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=1000, description="Items per response.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


@router.get("/events")
def api_events(
    repo: Repo,
    filters: Filters,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Fused events in date order, filtered; `total` counts every match."""
    active = {k: v for k, v in filters.items() if v}
    found = repo.fused_events(**active, limit=limit, offset=offset)
    return {
        "total": repo.count_fused_events(**active),
        "limit": limit,
        "offset": offset,
        "items": [f.to_dict() for f in found],
    }


@router.get("/events/{id}")
def api_event(repo: Repo, id: str) -> dict[str, Any]:
    """One fused event, with the ids of the articles that reported it."""
    fused = repo.fused_event(id)
    if fused is None:
        raise HTTPException(404, f"no fused event {id!r}")
    return fused.to_dict()


@router.get("/articles")
def api_articles(
    repo: Repo, q: TextQuery = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Articles, newest first, without their text."""
    found = repo.articles(limit=limit, offset=offset, q=q or None)
    return {
        "limit": limit,
        "offset": offset,
        "items": [
            {
                "id": a.id,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source,
                "url": a.url,
            }
            for a in found
        ],
    }


@router.get("/articles/{id:path}")
def api_article(repo: Repo, id: str) -> dict[str, Any]:
    """One article: its cleaned text and the events extracted from it."""
    article = repo.article(id)
    if article is None:
        raise HTTPException(404, f"no article {id!r}")
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_how": article.published_how,
        "source": article.source,
        "url": article.url,
        "text": article.text,
        "events": [e.to_dict() for e in repo.events_of_article(id)],
    }


@router.get("/index")
def api_index(
    repo: Repo,
    cache: Cache,
    pair: PairQuery = "PRK-KOR",
    freq: FreqQuery = "month",
    since: DateQuery = None,
    until: DateQuery = None,
) -> dict[str, Any]:
    """The cooperation/conflict index of a pair, one point per period."""
    return cache.index(repo, pair, freq, since, until).to_dict()


@router.get("/shifts")
def api_shifts(
    repo: Repo,
    cache: Cache,
    pair: list[str] | None = Query(default=None, description="Pairs; default: most active."),
    freq: FreqQuery = "month",
) -> dict[str, Any]:
    """Detected shifts (change points) in the index of each pair."""
    pairs = tuple(pair) if pair else None
    return {"freq": freq, "shifts": [s.to_dict() for s in cache.shifts(repo, pairs, freq)]}


@router.get("/status")
def api_status(repo: Repo, cache: Cache) -> dict[str, Any]:
    """Every status tracker: current state, since when, and its history."""
    return {"trackers": [s.to_dict() for s in cache.status(repo)]}
