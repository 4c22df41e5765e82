"""The bundled demo corpus: short articles written for this project (see README.md here)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def demo_path() -> Path:
    """The folder holding the demo articles."""
    return Path(str(resources.files("peninsula.demo")))
