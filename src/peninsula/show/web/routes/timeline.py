"""The timeline page: fused events filtered, paginated, and exported as CSV or JSON lines."""

from __future__ import annotations

import csv
import io
import json

from fastapi import APIRouter, Request, Response

from peninsula.show.web.context import export_rows, timeline_context
from peninsula.show.web.deps import (
    Filters,
    PageQuery,
    PerPageQuery,
    Repo,
)
from peninsula.show.web.render import render

router = APIRouter(prefix="/timeline", tags=["pages"])


@router.get(".json", name="timeline_json")
@router.get("", name="timeline")
def timeline(
    request: Request,
    repo: Repo,
    filters: Filters,
    page: PageQuery = 1,
    per_page: PerPageQuery = 50,
) -> Response:
    """Fused events in date order, filtered by kind, actor, period and words."""
    return render(request, "timeline.html", timeline_context(repo, filters, page, per_page))


@router.get(".csv", name="timeline_csv")
def timeline_csv(
    repo: Repo,
    filters: Filters,
) -> Response:
    """This view of the timeline, every page, as CSV."""
    rows = export_rows(repo, filters)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"])
    writer.writeheader()
    writer.writerows(rows)
    return _download(out.getvalue(), "text/csv; charset=utf-8", "timeline.csv")


@router.get(".jsonl", name="timeline_jsonl")
def timeline_jsonl(
    repo: Repo,
    filters: Filters,
) -> Response:
    """This view of the timeline, every page, as JSON lines."""
    rows = export_rows(repo, filters)
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return _download(body, "application/x-ndjson; charset=utf-8", "timeline.jsonl")


def _download(body: str, media_type: str, name: str) -> Response:
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
