"""Options and small parsers shared by every command (defined once, as sqlite-utils does)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from peninsula.errors import DateError
from peninsula.settings import Settings, default_db_url

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///file.db or postgresql+psycopg://...). "
        "Default: $PENINSULA_DB, else ./peninsula.db.",
    ),
]
PathsArgument = Annotated[
    list[str], typer.Argument(help="Files, directories or feed URLs (.txt .html .jsonl[.gz] .xml)")
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD for articles that carry none."),
]
SinceOption = Annotated[str | None, typer.Option("--since", help="From this day (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this day (YYYY-MM-DD).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")]


def parse_day(value: str | None, option: str) -> date | None:
    """An ISO day from an option, or a DateError naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DateError(f"{option} {value!r}: not a date; use YYYY-MM-DD") from None


def settings_for(db: str | None) -> Settings:
    return Settings(db_url=db or default_db_url())


def open_repository(db: str | None):
    """The store for `--db` (imported late: commands that need no database stay fast)."""
    from peninsula.store import Repository

    return Repository(settings_for(db).db_url)
