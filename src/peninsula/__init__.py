"""peninsula: events, timelines and relations of the Korean peninsula, from the news."""

from __future__ import annotations

import logging
from typing import Any

from peninsula.models import Article, Document, Event, FusedEvent
from peninsula.settings import Settings

__version__ = "0.1.0"
__all__ = ["Article", "Document", "Event", "FusedEvent", "Settings", "extract_events", "process"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    # The pipeline loads every stage; import it only when asked so `import peninsula.models`
    # stays cheap.
    if name in {"extract_events", "process"}:
        from peninsula import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
