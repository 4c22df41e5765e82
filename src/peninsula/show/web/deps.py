"""Typed dependencies of the web routes: the repository, the analysis cache, the templates.

Needs: an app made by `create_app`, which puts a `Repository`, an `AnalysisCache` and the
settings on `app.state`. Adds: `Repo`, `Cache` and `Spans` aliases that routes declare as
parameters, so a route never opens a database or loads knowledge itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import Depends, Query, Request
from fastapi.templating import Jinja2Templates
from pydantic import AfterValidator

from peninsula.show.web.cache import AnalysisCache
from peninsula.show.web.highlight import SpanFinder
from peninsula.store import Repository

HERE = Path(__file__).resolve().parent

# One environment for every page; autoescape is on for every template, whatever its suffix,
# so text taken from articles can never become markup.
templates = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
)


def _fmt_actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "?"
    name = actor.get("name")
    return f"{actor['code']} ({name})" if name else str(actor["code"])


def _tone(value: float | None) -> str:
    """A CSS class for an intensity: hostile, neutral or cooperative."""
    if value is None:
        return "tone-none"
    return "tone-neg" if value < -0.5 else "tone-pos" if value > 0.5 else "tone-mid"


templates.env.filters["actor"] = _fmt_actor
templates.env.filters["tone"] = _tone


def get_repo(request: Request) -> Repository:
    return request.app.state.repo


def get_cache(request: Request) -> AnalysisCache:
    return request.app.state.cache


def get_spans(request: Request) -> SpanFinder:
    return request.app.state.spans


Repo = Annotated[Repository, Depends(get_repo)]
Cache = Annotated[AnalysisCache, Depends(get_cache)]
Spans = Annotated[SpanFinder, Depends(get_spans)]


def _real_date(value: str | None) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD naming a real period (no 2021-02-30)."""
    if value is None or value == "":
        return None
    from peninsula.analyse.timeline import parse_span

    if not _DATE.fullmatch(value) or parse_span(value, None) is None:
        raise ValueError(f"{value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return value


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

DateQuery = Annotated[
    str | None,
    Query(description="A day, month or year: YYYY-MM-DD, YYYY-MM or YYYY."),
    AfterValidator(_real_date),
]
KindQuery = Annotated[
    str | None,
    Query(pattern=r"^[a-z_]*$", max_length=40, description="An event kind, e.g. missile_launch."),
]
ActorQuery = Annotated[
    str | None, Query(max_length=80, description="An actor code (PRK, KOR, USA) or a name.")
]
TextQuery = Annotated[
    str | None, Query(max_length=200, description="Words found in the evidence or actor names.")
]


def timeline_filters(
    kind: KindQuery = None,
    actor: ActorQuery = None,
    since: DateQuery = None,
    until: DateQuery = None,
    q: TextQuery = None,
) -> dict[str, Any]:
    """The filters every timeline view shares (page, CSV, JSON lines, API)."""
    return {"kind": kind, "actor": actor, "since": since, "until": until, "q": q}


Filters = Annotated[dict[str, Any], Depends(timeline_filters)]
PageQuery = Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1.")]
PerPageQuery = Annotated[int, Query(ge=1, le=500, description="Rows per page.")]
FreqQuery = Annotated[
    str, Query(pattern=r"^(day|week|month|year)$", description="day, week, month or year.")
]
PairQuery = Annotated[
    str,
    Query(
        pattern=r"^[A-Za-z]{2,3}(-|->|~)[A-Za-z]{2,3}$",
        description="PRK-KOR (PRK acting on KOR) or PRK~KOR (both ways).",
    ),
]
