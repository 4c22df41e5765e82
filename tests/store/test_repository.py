"""The repository on SQLite and PostgreSQL: idempotent ingest, updates, failures, queries."""

from __future__ import annotations

from dataclasses import replace

import pytest

import peninsula.store.ingest as ingest_module
from peninsula.errors import StoreError
from peninsula.fuse import fuse_documents
from peninsula.store import Repository

from .builders import doc, ev


def corpus():
    """Five articles: one launch told three ways, a recalled line cut, a threat, undated."""
    cut = dict(kind="liaison_line_cut", source="PRK", target="KOR")
    return [
        doc("kcna-1", ev(weapon="Hwasongpho-17", outcome="success"), outlet="KCNA"),
        doc("yonhap-2", ev(weapon="Hwasong-17", outcome="failure", count=1), outlet="Yonhap"),
        doc(
            "nk-3",
            ev(when="2022-03", precision="month", basis="relative"),
            ev(when="2020-06", precision="month", basis="relative", **cut),
            published="2022-04-02",
        ),
        doc("old-4", ev(when="2020-06-09", **cut), published="2020-06-09", outlet="KCNA"),
        doc(
            "kcna-5",
            ev(kind="threat", modality="occurred", target="USA", when="2022-04-01"),
            ev(kind="demand", when=None, target="USA"),
            published="2022-04-01",
            outlet="KCNA",
        ),
    ]


@pytest.fixture
def repo(db_url):
    r = Repository(db_url)
    yield r
    r.close()


def test_ingest_stores_articles_events_and_fused_events(repo):
    report = repo.ingest(corpus())
    assert (report.articles_added, report.events_added, report.fused_created) == (5, 7, 4)
    counts = repo.counts()
    assert counts == {
        "articles": 5,
        "events": 7,
        "fused_events": 4,
        "by_kind": {"demand": 1, "liaison_line_cut": 1, "missile_launch": 1, "threat": 1},
    }


def test_ingest_twice_stores_nothing_twice(repo):
    repo.ingest(corpus())
    before = (repo.counts(), [f.to_dict() for f in repo.fused_events()])
    again = repo.ingest(corpus())
    assert again.articles_unchanged == 5
    assert (again.articles_added, again.events_added, again.fused_created) == (0, 0, 0)
    assert again.fused_updated == 0
    assert (repo.counts(), [f.to_dict() for f in repo.fused_events()]) == before


def test_same_result_on_every_database_and_in_memory(repo, sqlite_url):
    repo.ingest(corpus())
    reference = Repository(sqlite_url)
    reference.ingest(corpus())
    stored = [f.to_dict() for f in repo.fused_events()]
    assert stored == [f.to_dict() for f in reference.fused_events()]
    assert repo.counts() == reference.counts()
    in_memory = sorted((f.to_dict() for f in fuse_documents(corpus())), key=lambda d: d["id"])
    assert sorted(stored, key=lambda d: d["id"]) == in_memory
    reference.close()


def test_batches_and_separate_runs_fuse_the_same_way(repo):
    docs = corpus()
    for d in docs:  # one article per run: every join goes through stored candidates
        repo.ingest([d], batch_size=1)
    launch = repo.fused_events(kind="missile_launch")
    assert len(launch) == 1 and launch[0].sources == 3
    assert repo.counts()["fused_events"] == 4


def test_fused_event_keeps_every_mention_and_its_conflicts(repo):
    repo.ingest(corpus())
    launch = repo.fused_events(kind="missile_launch")[0]
    assert sorted(m.doc for m in launch.mentions) == ["kcna-1", "nk-3", "yonhap-2"]
    assert launch.event.date.value == "2022-03-24"
    assert launch.first_reported == "2022-03-25"
    assert "outcome: success (kcna-1) vs failure (yonhap-2)" in launch.conflicts
    assert launch.conflicts == ("outcome: success (kcna-1) vs failure (yonhap-2)",)
    cut = repo.fused_events(kind="liaison_line_cut")[0]
    assert cut.event.date.value == "2020-06-09" and cut.first_reported == "2020-06-09"
    assert {m.published for m in cut.mentions} == {"2020-06-09", "2022-04-02"}
    assert repo.fused_event(launch.id) == launch
    assert repo.fused_event("missing") is None


def test_changed_article_replaces_its_events(repo):
    repo.ingest(corpus())
    edited = doc(
        "kcna-5",
        ev(kind="praise", when="2022-04-01", target="CHN"),
        published="2022-04-01",
        text="An edited text.",
    )
    report = repo.ingest([edited])
    assert (report.articles_updated, report.events_added, report.fused_removed) == (1, 1, 2)
    assert [e.kind for e in repo.events_of_article("kcna-5")] == ["praise"]
    assert repo.article("kcna-5").text == "An edited text."
    assert repo.counts()["by_kind"] == {"liaison_line_cut": 1, "missile_launch": 1, "praise": 1}
    # an edit to one report of a shared event updates it, keeping the other reports
    report = repo.ingest([doc("yonhap-2", ev(weapon="Hwasong-17", outcome="success"), text="x")])
    assert (report.fused_updated, report.fused_created) == (1, 0)
    assert repo.fused_events(kind="missile_launch")[0].conflicts == ()


def test_interrupted_input_leaves_whole_batches_and_a_rerun_finishes(repo):
    docs = corpus()

    def broken():
        yield from docs[:3]
        raise RuntimeError("reader crashed")

    with pytest.raises(RuntimeError):
        repo.ingest(broken(), batch_size=2)
    counts = repo.counts()
    assert (counts["articles"], counts["events"]) == (2, 2)  # the first batch only
    for a in repo.articles():
        assert repo.events_of_article(a.id)  # no article without its events
    report = repo.ingest(docs, batch_size=2)
    assert (report.articles_unchanged, report.articles_added) == (2, 3)
    assert repo.counts()["fused_events"] == 4


def test_failed_write_rolls_back_the_whole_batch(repo, monkeypatch):
    def fail(*args, **kwargs):
        raise ingest_module.sa.exc.OperationalError("INSERT", {}, Exception("disk full"))

    monkeypatch.setattr(ingest_module, "_bulk_update", fail)
    repo.ingest(corpus()[:1])
    with pytest.raises(StoreError, match="disk full"):
        repo.ingest(corpus()[1:])  # the second launch report updates the stored one
    assert repo.counts()["articles"] == 1
    monkeypatch.undo()
    repo.ingest(corpus())
    assert repo.counts()["articles"] == 5


def test_queries_filter_fused_events(repo):
    repo.ingest(corpus())
    assert [f.event.kind for f in repo.fused_events(actor="USA")] == ["threat", "demand"]
    assert repo.count_fused_events(actor="kor") == 1
    assert repo.count_fused_events(actor="PR") == 0  # codes match whole, not in part
    assert repo.count_fused_events(actor="kim") == 0
    assert repo.count_fused_events(since="2022-01-01") == 2
    assert repo.count_fused_events(until="2021-12-31") == 1
    assert repo.count_fused_events(since="2022-03", until="2022-03") == 1
    assert repo.count_fused_events(q="FIRED A MISSILE") == 4
    assert repo.count_fused_events(kind="threat", q="nothing like this") == 0
    page = repo.fused_events(limit=2, offset=1)
    assert [f.id for f in page] == [f.id for f in repo.fused_events()][1:3]
    assert repo.fused_events()[-1].event.date.value is None  # undated last


def test_articles_and_events(repo):
    repo.ingest(corpus())
    a = repo.article("yonhap-2")
    assert a.title == "Title of yonhap-2" and a.source == "Yonhap"
    assert a.published.isoformat() == "2022-03-25" and a.metadata == {"lang": "en"}
    assert repo.article("nope") is None
    assert [x.id for x in repo.articles(limit=2)] == ["nk-3", "kcna-5"]
    assert [x.id for x in repo.articles(q="TITLE OF OLD")] == ["old-4"]
    assert repo.publication_days(["LIAISON"]) == set()
    repo.ingest([doc("quiet-6", published="2022-05-01", text="The talks on the liaison lines.")])
    repo.ingest(
        [doc("quiet-7", published="2022-05-02", text="News posted online by the deadline.")]
    )
    days = repo.publication_days(["LIAISON", "balloon"])
    assert {d.isoformat() for d in days} == {"2022-05-01"}
    assert {d.isoformat() for d in repo.publication_days(["line"])} == {"2022-05-01"}
    assert repo.publication_days([]) == set()
    (event,) = repo.events_of_article("yonhap-2")
    assert event.attrs == {"weapon": "Hwasong-17", "outcome": "failure", "count": 1}
    assert event.to_dict() == corpus()[1].events[0].to_dict()


@pytest.mark.parametrize(
    "url, words",
    [
        ("not a url", "bad database URL"),
        ("mysql://u@localhost/db", "unsupported database"),
        ("sqlite+nodriver:///x.db", "cannot use database"),
        ("postgresql+psycopg://nobody@127.0.0.1:9/none", "cannot open database"),
    ],
)
def test_bad_urls_give_one_line(url, words):
    with pytest.raises(StoreError) as caught:
        Repository(url)
    message = str(caught.value)
    assert words in message and "\n" not in message
    assert caught.value.__cause__ is None  # no chained traceback to print


def test_sqlite_parent_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "events.db"
    with Repository(f"sqlite:///{path}") as repo:
        assert repo.counts()["articles"] == 0
    assert path.exists()
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Repository(f"sqlite:///{blocker}/x.db")


def test_memory_database_keeps_its_data():
    with Repository("sqlite://") as repo:
        repo.ingest(corpus())
        assert repo.counts()["fused_events"] == 4


def test_event_joins_a_fused_event_edited_earlier_in_the_same_run(repo):
    repo.ingest([doc("a", ev()), doc("b", ev())])
    edited = doc("a", ev(kind="praise"), text="Now about praise.")
    other = doc("e", ev(source="USA"))  # same kind and day: loads the launch's key
    report = repo.ingest([edited, other, doc("c", ev())], batch_size=2)
    assert report.articles_updated == 1
    launches = repo.fused_events(kind="missile_launch", actor="PRK")
    assert [sorted(m.doc for m in f.mentions) for f in launches] == [["b", "c"]]


def test_article_edited_back_and_forth_gets_fresh_fused_ids(repo):
    repo.ingest([doc("a", ev()), doc("b", ev())])  # the launch is founded by "a"
    repo.ingest([doc("a", ev(kind="praise"), text="Praise.")])
    repo.ingest([doc("a", ev(when="2022-05-01"), text="A later launch.")])
    launches = repo.fused_events(kind="missile_launch")
    assert [[m.doc for m in f.mentions] for f in launches] == [["b"], ["a"]]
    assert len({f.id for f in launches}) == 2


def test_articles_stored_with_the_same_text_are_not_read_again(repo):
    stored = corpus()
    repo.ingest(stored)
    again = [d.article for d in stored]
    edited = replace(again[0], text=again[0].text + " More.")
    unchanged: list[str] = []
    left = list(repo.not_stored([edited, *again[1:], doc("new-9").article], unchanged))
    assert [a.id for a in left] == ["kcna-1", "new-9"]
    assert sorted(unchanged) == sorted(a.id for a in again[1:])
