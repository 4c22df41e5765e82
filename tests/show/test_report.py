"""Briefings: build a report context over a small database and render it to HTML and Markdown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from peninsula.errors import InputError
from peninsula.models import (
    Actor,
    Article,
    DateBasis,
    Document,
    Event,
    EventDate,
    Evidence,
    Modality,
    Precision,
)
from peninsula.show.report import build_report, render_report
from peninsula.store import Repository

EVIL = "<script>alert(1)</script>"


def _doc(
    id: str, day: str, kind: str, source: str, target: str | None, value: float, text: str
) -> Document:
    event = Event(
        doc=id,
        kind=kind,
        modality=Modality.OCCURRED,
        source=Actor(source, "GOV"),
        target=Actor(target, "GOV") if target else None,
        date=EventDate(day, Precision.DAY, DateBasis.EXPLICIT),
        evidence=Evidence(id, text, 0, len(text)),
        intensity=value,
        confidence=0.7,
    )
    return Document(
        Article(id=id, text=text, title=id, published=date.fromisoformat(day)), events=[event]
    )


@pytest.fixture
def repo(tmp_path: Path):
    docs = [
        # previous period (March): talks and one exercise
        _doc("p1", "2019-03-05", "talks", "PRK", "KOR", 4.0, "The two Koreas held talks."),
        _doc("p2", "2019-03-20", "military_exercise", "KOR", None, -3.0, "Seoul held drills."),
        # this period (April): launches, a cut line, a threat with hostile text
        _doc(
            "n1", "2019-04-02", "missile_launch", "PRK", None, -8.0, "The North fired two missiles."
        ),
        _doc(
            "n2",
            "2019-04-09",
            "missile_launch",
            "PRK",
            None,
            -7.0,
            "The North fired a missile again.",
        ),
        _doc(
            "n3",
            "2019-04-15",
            "liaison_line_cut",
            "PRK",
            "KOR",
            -5.0,
            "The North cut the liaison lines.",
        ),
        _doc("n4", "2019-04-20", "threat", "PRK", "KOR", -6.0, f"Pyongyang warned Seoul {EVIL}."),
        _doc("n5", "2019-04-25", "proposal", "KOR", "PRK", 3.0, "Seoul proposed new talks."),
    ]
    r = Repository(f"sqlite:///{tmp_path / 'r.db'}")
    r.ingest(docs)
    yield r
    r.close()


def test_report_context_has_the_analyst_sections(repo: Repository) -> None:
    ctx = build_report(repo, date(2019, 4, 1), date(2019, 4, 30))
    assert ctx.previous_since == date(2019, 3, 2) and ctx.previous_until == date(2019, 3, 31)
    assert ctx.totals["events"] == 5 and ctx.totals["previous_events"] == 2
    assert ctx.headline[0].intensity == -8.0 and ctx.headline[0].articles == ["n1"]
    assert ("missile_launch", 2, 0) in ctx.military_counts
    assert ("military_exercise", 0, 1) in ctx.military_counts
    assert [i.kind for i in ctx.channels] == ["liaison_line_cut"]
    assert [i.kind for i in ctx.diplomacy] == ["proposal"]
    changes = {s.text: s for s in ctx.changes}
    military = changes["Military events: 2 (previous period 1)."]
    assert military.article_ids == ["n1", "n2"] and len(military.event_ids) == 2
    assert any(t.startswith("New this period: missile_launch") for t in changes)
    # every statement is backed by evidence
    assert all(s.event_ids and s.article_ids for s in ctx.changes)
    assert {"military", "index"} <= set(ctx.charts)
    assert ctx.to_dict()["since"] == "2019-04-01"


def test_html_report_embeds_charts_links_ids_and_escapes(repo: Repository, tmp_path: Path) -> None:
    ctx = build_report(repo, date(2019, 4, 1), date(2019, 4, 30))
    out = render_report(ctx, tmp_path / "brief.html")
    html = out.read_text()
    assert html.count("data:image/png;base64,") == 2
    assert 'href="http://127.0.0.1:8000/articles/n1"' in html
    assert ctx.headline[0].id in html
    assert EVIL not in html and "&lt;script&gt;" in html
    assert list(tmp_path.glob("*.png")) == []


def test_markdown_report_writes_charts_beside_it(repo: Repository, tmp_path: Path) -> None:
    ctx = build_report(repo, date(2019, 4, 1), date(2019, 4, 30))
    out = render_report(ctx, tmp_path / "brief.md", base_url=None)
    text = out.read_text()
    assert text.startswith("# Briefing: 2019-04-01 to 2019-04-30")
    for name in ("brief_military.png", "brief_index.png"):
        assert f"]({name})" in text
        assert (tmp_path / name).read_bytes()[:4] == b"\x89PNG"
    assert "## Headline developments" in text and "## Trackers" in text
    assert "`n1`" in text  # ids shown as code when no dashboard URL is given
    assert "<script>" not in text


def test_report_errors(repo: Repository, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="before"):
        build_report(repo, date(2019, 4, 30), date(2019, 4, 1))
    ctx = build_report(repo, date(2019, 4, 1), date(2019, 4, 30))
    with pytest.raises(InputError, match=r"\.html or \.md"):
        render_report(ctx, tmp_path / "brief.pdf")


def test_events_dated_more_coarsely_than_the_period_are_left_out(repo: Repository) -> None:
    vague = _doc("y1", "2019-04-28", "attack", "PRK", "KOR", -10.0, "The North attacked in 2019.")
    vague.events[0] = replace(
        vague.events[0], date=EventDate("2019", Precision.YEAR, DateBasis.EXPLICIT)
    )
    repo.ingest([vague])
    month = build_report(repo, date(2019, 4, 1), date(2019, 4, 30))
    assert month.totals["events"] == 5 and month.headline[0].intensity == -8.0
    year = build_report(repo, date(2019, 1, 1), date(2019, 12, 31))
    assert year.headline[0].intensity == -10.0


def test_an_event_straddling_two_briefings_is_counted_in_one(repo: Repository) -> None:
    month = _doc("m1", "2019-05-10", "talks", "PRK", "KOR", 4.0, "Talks were held in May.")
    month.events[0] = replace(
        month.events[0], date=EventDate("2019-05", Precision.MONTH, DateBasis.EXPLICIT)
    )
    repo.ingest([month])
    first = build_report(repo, date(2019, 4, 20), date(2019, 5, 25))  # holds May 16, its middle
    second = build_report(repo, date(2019, 5, 26), date(2019, 6, 30))
    assert "talks" in {i.kind for i in first.diplomacy}
    assert second.totals["events"] == 0 and first.totals["events"] >= 1
