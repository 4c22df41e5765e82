"""Storage: SQLite or PostgreSQL tables for articles, events and fused events."""

from peninsula.store.export import export_fused_events
from peninsula.store.ingest import IngestReport
from peninsula.store.repository import Repository

__all__ = ["IngestReport", "Repository", "export_fused_events"]
