"""Fusion: which mentions across articles report the same real event."""

from peninsula.fuse.merge import fuse_documents

__all__ = ["fuse_documents"]
