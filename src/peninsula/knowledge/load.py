"""Read knowledge tables shipped inside the package, and collect validation problems.

Each table is one file in this folder (JSON, JSON lines, YAML or CSV). Typed loaders
(`gazetteer.py`, `lexicon.py`, ...) read a table here, check every entry, and raise one
`KnowledgeError` listing every problem with its file and line or entry number.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from peninsula.errors import KnowledgeError

KNOWLEDGE_DIR = Path(str(resources.files("peninsula.knowledge")))


def table_path(name: str) -> Path:
    return KNOWLEDGE_DIR / name


@cache
def read_table(name: str) -> Any:
    """Parse one knowledge file by its name; JSON lines give a list of (line, object)."""
    path = table_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{name}: cannot read knowledge file ({exc.strerror})") from exc
    try:
        if name.endswith(".jsonl"):
            rows = []
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip() and not line.lstrip().startswith("#"):
                    rows.append((number, json.loads(line)))
            return rows
        if name.endswith(".json"):
            return json.loads(text)
        if name.endswith((".yaml", ".yml")):
            return yaml.safe_load(text)
        if name.endswith(".csv"):
            return list(csv.DictReader(io.StringIO(text)))
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{name}: not valid ({exc})") from exc
    raise KnowledgeError(f"{name}: unknown knowledge file type")


class Problems:
    """Collects every problem found in a knowledge file, then raises them together."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            shown = "; ".join(self.items[:20])
            more = f" (and {len(self.items) - 20} more)" if len(self.items) > 20 else ""
            raise KnowledgeError(f"{len(self.items)} problem(s) in knowledge: {shown}{more}")
