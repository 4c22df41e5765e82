"""Time `tag_timexes` alone over the first N KCNA 2011-2012 articles and print articles/s.

Usage: python benchmarks/timex_speed.py [N] [--data PATH]
Reads ../shared/data/kcna-2011-2012/articles.jsonl.gz (gzip + json, no project reader),
warms up once, then times five passes and reports the median and the range.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from datetime import date
from pathlib import Path

from peninsula.understand.timex import tag_timexes

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/kcna-2011-2012/articles.jsonl.gz"


def load(path: Path, n: int) -> list[tuple[str, date | None]]:
    out: list[tuple[str, date | None]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            published = row.get("published")
            out.append((row["text"], date.fromisoformat(published[:10]) if published else None))
            if len(out) >= n:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    docs = load(args.data, args.n)
    for text, dct in docs[:200]:  # warm-up: compile patterns, load the lexicon
        tag_timexes(text, dct)
    rates = []
    found = 0
    for _ in range(5):
        t0 = time.perf_counter()
        found = sum(len(tag_timexes(text, dct)) for text, dct in docs)
        rates.append(len(docs) / (time.perf_counter() - t0))
    chars = sum(len(t) for t, _ in docs)
    print(
        f"tag_timexes: {len(docs)} KCNA articles ({chars / len(docs):.0f} chars avg), "
        f"{found} timexes; {statistics.median(rates):.0f} articles/s "
        f"(range {min(rates):.0f}-{max(rates):.0f})"
    )


if __name__ == "__main__":
    main()
