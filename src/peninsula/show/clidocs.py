"""Render docs/cli.md from the commands' own help (`python -m peninsula.show.clidocs`)."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

HEADER = """# Command-line reference

Generated from each command's `--help` by `python -m peninsula.show.clidocs > docs/cli.md`;
a test fails when this file is out of date.
"""


def _commands(group: object, prefix: list[str]) -> list[list[str]]:
    # typer ships its own copy of click, so a group is known by its `commands`, not its class
    found: list[list[str]] = []
    commands = getattr(group, "commands", {})
    for name in sorted(commands):
        path = [*prefix, name]
        found.append(path)
        found.extend(_commands(commands[name], path))
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
