"""Ingest time as the store grows: fusion must stay linear in the number of articles.

    python benchmarks/ingest_scale.py [--sizes 5000 10000 20000] [--pg URL] [--real]

For each size, ingests that many articles into a fresh SQLite file (and into a fresh
PostgreSQL database created beside `--pg URL`, dropped afterwards), then ingests them again
(the idempotent pass). Prints seconds, articles/s and milliseconds per article; a constant
ms/article across sizes means no quadratic term. Articles are synthetic by default: about
three events each, drawn from a pool of real events so that each is reported by several
articles over a few days, with coarse-dated and historical mentions mixed in (the shape of
a news corpus). `--real` runs the extraction pipeline over the KCNA 2011-2012 corpus in
../shared instead (timing only the ingest). Results go to benchmarks/results/ingest_scale_{synthetic,real}.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from peninsula.models import (
    Actor,
    Article,
    DateBasis,
    Document,
    Event,
    EventDate,
    Evidence,
    Modality,
    Precision,
)
from peninsula.store import Repository

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "kcna-2011-2012" / "articles.jsonl.gz"
KINDS = ["missile_launch", "military_exercise", "talks", "accusation", "demand", "threat",
         "praise", "proposal", "sanctions", "aid", "summit", "artillery_fire"]  # fmt: skip
CODES = ["PRK", "KOR", "USA", "JPN", "CHN", "RUS", "UN"]


def synthetic(n: int, seed: int = 7) -> list[Document]:
    """`n` articles over two years; each real event is reported about three times."""
    rng = random.Random(seed)
    start = date(2011, 1, 1)
    pool = []
    for i in range(max(1, n)):
        day = start + timedelta(days=rng.randrange(730))
        pool.append((rng.choice(KINDS), day, rng.choice(CODES), rng.choice(CODES), i))
    pool.sort(key=lambda p: p[1])
    docs = []
    for i in range(n):
        published = start + timedelta(days=int(i * 730 / n))
        near = [p for p in pool[max(0, i - 40) : i + 40] if abs((p[1] - published).days) <= 3]
        events = []
        for seq in range(3):
            kind, day, src, tgt, pid = rng.choice(near or pool[:1])
            value, precision, basis = day.isoformat(), Precision.DAY, DateBasis.EXPLICIT
            roll = rng.random()
            if roll < 0.1:
                value, precision, basis = day.isoformat()[:7], Precision.MONTH, DateBasis.RELATIVE
            elif roll < 0.15:  # a historical mention of an event from long ago
                kind, day, src, tgt, pid = rng.choice(pool[: max(1, i // 2)])
                value, precision = day.isoformat()[:7], Precision.MONTH
            elif roll < 0.18:
                value, precision, basis = None, None, DateBasis.UNRESOLVED
            sentence = f"Report {pid}: {src} {kind} toward {tgt}."
            events.append(
                Event(
                    doc=f"a{i}",
                    kind=kind,
                    modality=Modality.OCCURRED,
                    source=Actor(src, "GOV"),
                    target=Actor(tgt, None),
                    date=EventDate(value, precision, basis),
                    evidence=Evidence(f"a{i}", sentence, seq * 100, seq * 100 + len(sentence)),
                    attrs={"count": rng.choice([1, 2])} if kind == "missile_launch" else {},
                    confidence=0.5 + rng.random() / 2,
                )
            )
        text = " ".join(e.evidence.sentence for e in events)
        article = Article(
            f"a{i}", text, f"Title {i}", published, source=rng.choice(["KCNA", "Yonhap", "NK News"])
        )
        docs.append(Document(article, events=events))
    return docs


def real(n: int) -> list[Document]:
    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths

    pipeline = Pipeline()
    out = []
    for item in pipeline.run(read_paths([CORPUS])):
        if isinstance(item, Document):
            out.append(item)
            if len(out) >= n:
                break
    return out


@contextmanager
def fresh_pg(base: str):
    import sqlalchemy as sa

    name = "bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def measure(url: str, docs: list[Document]) -> dict:
    repo = Repository(url)
    t0 = time.perf_counter()
    report = repo.ingest(docs)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = repo.ingest(docs)
    second = time.perf_counter() - t0
    counts = repo.counts()
    repo.close()
    assert again.articles_unchanged == len(docs) and again.events_added == 0
    return {
        "articles": len(docs),
        "events": counts["events"],
        "fused_events": counts["fused_events"],
        "fused_updated": report.fused_updated,
        "ingest_s": round(first, 2),
        "articles_per_s": round(len(docs) / first, 1),
        "ms_per_article": round(1000 * first / len(docs), 3),
        "reingest_s": round(second, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000])
    parser.add_argument("--pg", help="PostgreSQL URL; a fresh database is made beside it")
    parser.add_argument("--real", action="store_true", help="extract the KCNA corpus instead")
    args = parser.parse_args()

    rows = []
    extracted = real(max(args.sizes)) if args.real else []  # extract once, take prefixes
    for n in args.sizes:
        docs = extracted[:n] if args.real else synthetic(n)
        targets = [("sqlite", None)] + ([("postgresql", args.pg)] if args.pg else [])
        for backend, base in targets:
            if base is None:
                with tempfile.TemporaryDirectory() as tmp:
                    row = measure(f"sqlite:///{tmp}/bench.db", docs)
            else:
                with fresh_pg(base) as url:
                    row = measure(url, docs)
            row["backend"] = backend
            rows.append(row)
            print(
                f"{backend:10} {row['articles']:>6} articles {row['events']:>6} events "
                f"{row['fused_events']:>6} fused  ingest {row['ingest_s']:>7.2f} s "
                f"({row['articles_per_s']:>7.1f}/s, {row['ms_per_article']:.3f} ms/article)  "
                f"re-ingest {row['reingest_s']:.2f} s",
                flush=True,
            )
    _save(rows, "real" if args.real else "synthetic")


def _save(rows: list[dict], data: str) -> None:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        commit = ""
    out = ROOT / "benchmarks" / "results" / f"ingest_scale_{data}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": "ingest_scale",
        "data": data,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit,
        "python": sys.version.split()[0],
        "machine": platform.platform(),
        "rows": rows,
    }
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
