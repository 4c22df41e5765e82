"""Every entry point of spec/INTERFACE.md: --help, output keys, exit status, bad input."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from peninsula.show.cli import app

EVENT_KEYS = {
    "doc",
    "kind",
    "modality",
    "source",
    "target",
    "date",
    "precision",
    "date_basis",
    "planned_for",
    "attrs",
    "plover",
    "quad",
    "intensity",
    "evidence",
    "confidence",
}
TIMEX_KEYS = {"start", "end", "text", "type", "value"}

ARTICLE = """date 2021-09-30 North fires missile

SEOUL, Sept. 28 (Peninsula Wire) - North Korea fired a short-range ballistic missile into the
East Sea on Tuesday, South Korea's Joint Chiefs of Staff said.

Kim Yo Jong on Monday called the proposal of President Moon Jae-in an interesting idea.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "launch.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["extract"],
        ["timex"],
        ["ingest"],
        ["export", "events"],
        ["evaluate", "events"],
        ["evaluate", "timex"],
        ["evaluate", "timeline"],
        ["timeline"],
        ["index"],
        ["shifts"],
        ["status"],
        ["demo"],
        ["knowledge", "check"],
    ],
)
def test_every_command_has_help(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_extract_prints_contract_fields(runner, article):
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events, "the article reports a launch"
    for event in events:
        assert set(event) == EVENT_KEYS
        assert event["doc"] == "launch"
        assert set(event["evidence"]) == {"sentence", "start", "end"}
        assert set(event["source"]) == {"code", "sector", "name"}
    launch = [e for e in events if e["kind"] == "missile_launch"]
    assert launch and launch[0]["date"] == "2021-09-28"
    assert launch[0]["source"]["code"] == "PRK"


def test_timex_reads_stdin_and_resolves_against_dct(runner):
    result = runner.invoke(
        app, ["timex", "--dct", "2021-09-30"], input="The lines were cut 15 months ago."
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and set(rows[0]) == TIMEX_KEYS
    assert rows[0]["value"] == "2020-06"
    assert "The lines were cut 15 months ago."[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]


def test_bad_dates_give_one_line_errors(runner, article):
    for args in (
        ["extract", str(article), "--published", "2021-13-01"],
        ["timex", "--dct", "yesterday"],
    ):
        result = runner.invoke(app, args, input="text")
        assert result.exit_code != 0
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: ")
        assert "YYYY-MM-DD" in lines[0]


def test_missing_file_is_reported_and_the_batch_goes_on(runner, article, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing), str(article)])
    assert result.exit_code != 0
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr
    assert any(json.loads(line)["doc"] == "launch" for line in result.stdout.splitlines())


def test_ingest_twice_stores_nothing_twice_and_exports_mentions(runner, article, tmp_path):
    db = f"sqlite:///{tmp_path / 'p.db'}"
    for _ in range(2):
        result = runner.invoke(app, ["ingest", str(article), "--db", db])
        assert result.exit_code == 0, result.output
    assert "articles unchanged 1" in " ".join(result.output.split())
    with sqlite3.connect(tmp_path / "p.db") as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "events", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows
    for row in rows:
        assert EVENT_KEYS <= set(row)
        assert row["mentions"] == ["launch"]


def test_bad_database_url_is_one_line(runner, article):
    result = runner.invoke(app, ["ingest", str(article), "--db", "nosuchdb://x"])
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "nosuchdb" in lines[0]


def test_bad_option_values_are_usage_errors_not_internal_ones(runner, tmp_path):
    db = f"sqlite:///{tmp_path / 'p.db'}"
    for args in (
        ["shifts", "--freq", "fortnight", "--db", db],
        ["index", "--pair", "PRK-KOR", "--freq", "fortnight", "--db", db],
        ["export", "events", "--format", "xml", "--db", db],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert "internal error" not in result.output and "Traceback" not in result.output
