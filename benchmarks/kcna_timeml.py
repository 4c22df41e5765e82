"""Rebuild TimeML files from KCNA articles and our stand-off TIMEX3 gold.

The gold (`benchmarks/gold/kcna-*-timex.gold.jsonl`) holds only line numbers, offsets,
types and values, never the articles' text, which belongs to others: the TimeML documents are
written to a temporary folder at scoring time, so `evaluate_timex` scores them like TBAQ.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr


def write_timeml(
    articles: Path, gold: Path, out_dir: Path, selected: Callable[[int], bool]
) -> list[Path]:
    """One .tml file per selected article line (annotated, with or without a TIMEX3)."""
    opener = gzip.open if articles.suffix == ".gz" else open
    with opener(articles, "rt", encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    spans: dict[int, list[dict]] = defaultdict(list)
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            record = json.loads(raw)
            spans[int(record["line"])].append(record)
    files = []
    for line in (n for n in range(len(lines)) if selected(n)):
        article = json.loads(lines[line])
        for record in spans.get(line, []):
            if record["id"] != article["id"]:
                raise ValueError(f"{gold}: line {line} is {article['id']}, not {record['id']}")
        path = out_dir / f"{articles.name.split('.')[0]}-line{line:05d}.tml"
        path.write_text(_timeml(article, spans.get(line, []), line), encoding="utf-8")
        files.append(path)
    if set(spans) - {int(p.stem.rsplit("line", 1)[1]) for p in files}:
        raise ValueError(f"{gold}: annotations on lines outside the selection")
    return files


def _timeml(article: dict, spans: list[dict], line: int) -> str:
    text = article["text"]
    body, at = [], 0
    for n, span in enumerate(sorted(spans, key=lambda s: s["start"]), 1):
        start, end = int(span["start"]), int(span["end"])
        if start < at or end > len(text) or start >= end:
            raise ValueError(f"line {line}: span {start}-{end} overlaps or leaves the text")
        body.append(escape(text[at:start]))
        attrs = f"tid={quoteattr(f't{n}')} type={quoteattr(span['type'])}"
        body.append(f"<TIMEX3 {attrs} value={quoteattr(span['value'])}>")
        body.append(escape(text[start:end]) + "</TIMEX3>")
        at = end
    body.append(escape(text[at:]))
    dct = str(article["published"])[:10]
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<TimeML>\n"
        f"<DOCID>line{line:05d}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">'
        f"{dct}</TIMEX3></DCT>\n<TEXT>{''.join(body)}</TEXT>\n</TimeML>\n"
    )
