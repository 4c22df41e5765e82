"""Validate every knowledge file at once (`peninsula knowledge check`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


def _loaders() -> list[tuple[str, Callable[[], Any]]]:
    from peninsula.analyse.status import load_trackers
    from peninsula.knowledge.gazetteer import load_gazetteer
    from peninsula.knowledge.lexicon import load_lexicon
    from peninsula.understand.timex import load_timewords

    return [
        ("gazetteer (countries, actors, weapons, places)", load_gazetteer),
        ("lexicon (kinds, triggers, intensities)", load_lexicon),
        ("trackers", load_trackers),
        ("time words", load_timewords),
    ]


def check_all() -> Iterator[tuple[str, str]]:
    """Load each table; yield (name, summary). A broken file raises KnowledgeError."""
    for name, load in _loaders():
        loaded = load()
        summary = getattr(loaded, "summary", None)
        if callable(summary):
            yield name, summary()
        elif isinstance(loaded, list | tuple | dict):
            yield name, f"{len(loaded)} entries"
        else:
            yield name, "valid"
