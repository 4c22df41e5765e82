"""The documentation stays true to the code."""

from pathlib import Path

from peninsula.show.clidocs import render_cli_docs

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    expected = render_cli_docs()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == expected, "regenerate: python -m peninsula.show.clidocs > docs/cli.md"


def test_every_command_has_help_text():
    text = render_cli_docs()
    for section in text.split("\n## ")[1:]:
        title, _, body = section.partition("\n")
        assert "Usage:" in body, title
        usage_and_help = body.split("Options")[0]
        assert len(usage_and_help.split("\n")) > 3, f"{title} has no description"


def test_readme_opens_with_the_two_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```bash") + 1 : lines.index("```")]
    assert [line.split("#")[0].strip() for line in block] == [
        "bash scripts/demo",
        "bash scripts/test",
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test" in ci


def test_subcommands_of_groups_are_documented():
    text = render_cli_docs()
    for title in (
        "peninsula evaluate timeline",
        "peninsula export events",
        "peninsula knowledge check",
    ):
        assert f"## `{title}`" in text
