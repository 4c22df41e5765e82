"""peninsula: events, timelines and relations of the Korean peninsula, from the news."""

import logging

from peninsula.models import Article, Document, Event, FusedEvent
from peninsula.pipeline import extract_events, process
from peninsula.settings import Settings

__version__ = "0.1.0"
__all__ = ["Article", "Document", "Event", "FusedEvent", "Settings", "extract_events", "process"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
