"""The context of every page: plain, JSON-ready dicts built from store and analyse calls.

Needs: a `Repository`, the `AnalysisCache` and a `SpanFinder`. Adds: one function per page
returning the dict that the HTML template renders and the `.json` twin serves as is. Nothing
here builds SQL or computes an analysis: it asks the repository, or the cache that wraps the
analyse functions, and reshapes the answers.
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode

from peninsula.analyse.timeline import timeline_rows
from peninsula.models import FusedEvent
from peninsula.show.web.cache import AnalysisCache
from peninsula.show.web.highlight import SpanFinder, article_layers, context_window, segments
from peninsula.store import Repository

OVERVIEW_PAIRS = ("PRK-KOR", "KOR-PRK")
LATEST = 12
# mentions shown in full on an event page; the rest are listed by article
MAX_MENTIONS = 40


def overview_context(repo: Repository, cache: AnalysisCache) -> dict[str, Any]:
    first = cache.first_reported(repo)
    since = first[:7] if first else None
    index = {pair: cache.chart(repo, pair, since=since) for pair in OVERVIEW_PAIRS}
    shifts = [
        s.to_dict()
        for s in cache.shifts(repo, OVERVIEW_PAIRS)
        if since is None or s.period >= since[:7]
    ]
    return {
        "counts": repo.counts(),
        "index": index,
        "shifts": shifts,
        "status": [_status(s.to_dict()) for s in cache.status(repo)],
        "latest": timeline_rows(cache.latest(repo, LATEST)),
    }


def timeline_context(
    repo: Repository, filters: dict[str, str | None], page: int, per_page: int
) -> dict[str, Any]:
    """One page of the filtered timeline, with links to the other pages and the export."""
    active = {k: v for k, v in filters.items() if v}
    total = repo.count_fused_events(**active)
    pages = max(1, math.ceil(total / per_page))
    rows = timeline_rows(repo.fused_events(**active, limit=per_page, offset=(page - 1) * per_page))
    query = urlencode(active)
    return {
        "filters": {k: filters.get(k) or "" for k in ("kind", "actor", "since", "until", "q")},
        "kinds": sorted(repo.counts()["by_kind"]),
        "total": total,
        "page": page,
        "pages": pages,
        "per_page": per_page,
        "rows": rows,
        "links": {
            "prev": _page_link(active, page - 1, per_page) if page > 1 else None,
            "next": _page_link(active, page + 1, per_page) if page < pages else None,
            "csv": "/timeline.csv" + (f"?{query}" if query else ""),
            "jsonl": "/timeline.jsonl" + (f"?{query}" if query else ""),
        },
    }


def export_rows(repo: Repository, filters: dict[str, str | None]) -> list[dict[str, Any]]:
    """Every row of the filtered timeline (the view without its pagination)."""
    return timeline_rows(repo.fused_events(**{k: v for k, v in filters.items() if v}))


def event_context(repo: Repository, id: str) -> dict[str, Any] | None:
    fused = repo.fused_event(id)
    if fused is None:
        return None
    data = fused.to_dict()
    articles: dict[str, Any] = {}
    mentions = []
    for ref in fused.mentions[:MAX_MENTIONS]:
        if ref.doc not in articles:
            articles[ref.doc] = repo.article(ref.doc)
        article = articles[ref.doc]
        window = (
            context_window(article.text, ref.start, ref.end)
            if article is not None
            else {"before": "", "sentence": ref.sentence, "after": ""}
        )
        mentions.append(
            {
                "doc": ref.doc,
                "title": article.title if article else None,
                "published": ref.published,
                "date": ref.date,
                "precision": ref.precision,
                "attrs": dict(ref.attrs),
                "context": window,
            }
        )
    return {
        "event": data,
        "mentions": mentions,
        "more_mentions": sorted({m.doc for m in fused.mentions[MAX_MENTIONS:]}),
        "reports": _reports(fused),
    }


def article_context(
    repo: Repository, cache: AnalysisCache, spans: SpanFinder, id: str
) -> dict[str, Any] | None:
    article = repo.article(id)
    if article is None:
        return None
    stored = repo.events_of_article(id)
    fused_at = {(s, e): f for s, e, f in cache.by_article(repo).get(id, [])}
    events = []
    for number, event in enumerate(stored, 1):
        ref = fused_at.get((event.evidence.start, event.evidence.end))
        events.append({"number": number, "fused_id": ref, **event.to_dict()})
    mentions, timexes = spans.find(article)
    layers = article_layers(
        [(e["evidence"]["start"], e["evidence"]["end"], e["kind"], e["fused_id"]) for e in events],
        mentions,
        timexes,
    )
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "published_how": article.published_how,
            "url": article.url,
            "source": article.source,
            "text": article.text,
        },
        "events": events,
        "actors": sorted({(m.actor.code, m.actor.name or "") for m in mentions}),
        "timexes": [
            {"text": t.text, "type": str(t.type), "value": t.value, "start": t.start}
            for t in timexes
        ],
        "segments": [s.to_dict() for s in segments(article.text, layers)],
    }


def articles_context(repo: Repository, q: str | None, page: int, per_page: int) -> dict[str, Any]:
    found = repo.articles(limit=per_page + 1, offset=(page - 1) * per_page, q=q or None)
    params = {"q": q} if q else {}
    return {
        "q": q or "",
        "page": page,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source,
                "opening": " ".join(a.text[:220].split()),
            }
            for a in found[:per_page]
        ],
        "links": {
            "prev": _link("/articles", {**params, "page": page - 1}) if page > 1 else None,
            "next": _link("/articles", {**params, "page": page + 1})
            if len(found) > per_page
            else None,
        },
    }


def shifts_context(repo: Repository, cache: AnalysisCache, freq: str) -> dict[str, Any]:
    """Shifts of the most active pairs, each with its driving events, and the pairs' index."""
    shifts = cache.shifts(repo, None, freq)
    drivers = cache.by_id(repo)
    pairs = sorted({s.pair for s in shifts})
    return {
        "freq": freq,
        "shifts": [
            {
                **s.to_dict(),
                "drivers": timeline_rows([drivers[i] for i in s.event_ids if i in drivers]),
            }
            for s in shifts
        ],
        "index": {pair: cache.chart(repo, pair, freq) for pair in pairs},
    }


def _reports(fused: FusedEvent) -> dict[str, Any]:
    """What the reports say side by side: the columns where at least two of them differ."""
    rows = [
        {"doc": m.doc, "published": m.published, "date": m.date, "attrs": dict(m.attrs)}
        for m in fused.mentions
    ]
    keys = sorted({k for r in rows for k in r["attrs"]})
    columns = [
        k for k in keys if len({str(r["attrs"].get(k)) for r in rows if k in r["attrs"]}) > 1
    ]
    dates_differ = len({r["date"] for r in rows}) > 1
    return {
        "conflicts": list(fused.conflicts),
        "columns": (["date"] if dates_differ else []) + columns,
        "rows": [
            {
                "doc": r["doc"],
                "published": r["published"],
                "cells": ([r["date"]] if dates_differ else [])
                + [r["attrs"].get(k) for k in columns],
            }
            for r in rows
        ],
    }


def _status(data: dict[str, Any]) -> dict[str, Any]:
    changes = [h for h in data["history"] if h["changed"]]
    data["last_change"] = changes[-1] if changes else None
    return data


def _page_link(filters: dict[str, str], page: int, per_page: int) -> str:
    return _link("/timeline", {**filters, "page": page, "per_page": per_page})


def _link(path: str, params: dict[str, Any]) -> str:
    return path + ("?" + urlencode(params) if params else "")
