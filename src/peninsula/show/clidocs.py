"""Render docs/cli.md from the commands' own help (`python -m peninsula.show.clidocs`)."""

from __future__ import annotations

import click
import typer
from typer.testing import CliRunner

HEADER = """# Command-line reference

Generated from each command's `--help` by `python -m peninsula.show.clidocs > docs/cli.md`;
a test fails when this file is out of date.
"""


def _commands(group: click.Group, prefix: list[str]) -> list[list[str]]:
    found: list[list[str]] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        path = [*prefix, name]
        found.append(path)
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


def render_cli_docs() -> str:
    from peninsula.show.cli import app

    root = typer.main.get_command(app)
    runner = CliRunner()
    parts = [HEADER]
    for path in [[]] + _commands(root, []):  # type: ignore[arg-type]
        result = runner.invoke(
            app, [*path, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
        )
        title = " ".join(["peninsula", *path])
        parts.append(f"## `{title}`\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render_cli_docs(), end="")
