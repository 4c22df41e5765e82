"""Article pages: the list of stored articles, and one article with its spans highlighted."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response

from peninsula.show.web.context import article_context, articles_context
from peninsula.show.web.deps import Cache, PageQuery, PerPageQuery, Repo, Spans, TextQuery
from peninsula.show.web.render import render

router = APIRouter(prefix="/articles", tags=["pages"])


@router.get(".json", name="articles_json")
@router.get("", name="articles")
def articles(
    request: Request,
    repo: Repo,
    q: TextQuery = None,
    page: PageQuery = 1,
    per_page: PerPageQuery = 50,
) -> Response:
    """Stored articles, newest first; `q` searches title and text."""
    return render(request, "articles.html", articles_context(repo, q, page, per_page))


@router.get("/{id:path}", name="article")
@router.get("/{id:path}.json", name="article_json")
def article(request: Request, repo: Repo, cache: Cache, spans: Spans, id: str) -> Response:
    """One article's cleaned text with actors, times and event sentences marked."""
    context = article_context(repo, cache, spans, id)
    if context is None:
        raise HTTPException(404, f"no article {id!r}")
    return render(request, "article.html", context)
