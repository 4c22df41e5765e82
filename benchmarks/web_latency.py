"""Latency of every dashboard page, measured in-process with FastAPI's TestClient.

    python benchmarks/web_latency.py [--db URL] [--corpus PATH] [--limit N] [-n 20]

Without --db, a database is filled from --corpus (default: the KCNA 2011-2012 articles in
../shared) through the real pipeline into a temporary file; with --db, that database is used
as it is. Each page (HTML and its .json twin, and the API) is requested once to warm the
analysis cache, then N times; the median and 95th percentile in milliseconds are printed and
written to benchmarks/results/web_latency.json. The target: every page under 300 ms on the
full KCNA 2011-2012 database. The time of the very first overview (loading every fused event
into the cache) is reported apart, as `cold_overview_ms`.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "kcna-2011-2012" / "articles.jsonl.gz"
TARGET_MS = 300.0


def fill(url: str, corpus: Path, limit: int | None) -> float:
    from itertools import islice

    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths
    from peninsula.store import Repository

    start = time.perf_counter()
    repo = Repository(url)
    items = read_paths([corpus])
    repo.ingest(Pipeline().run(islice(items, limit) if limit else items))
    repo.close()
    return time.perf_counter() - start


def pages(client) -> list[str]:  # type: ignore[no-untyped-def]
    """The pages to time, with ids taken from the database itself."""
    busiest = max(
        client.get("/api/events", params={"limit": 500}).json()["items"],
        key=lambda e: (e["sources"], e["id"]),
        default=None,
    )
    article = client.get("/api/articles", params={"limit": 1}).json()["items"]
    kind = busiest["kind"] if busiest else "missile_launch"
    out = [
        "/",
        "/overview.json",
        "/timeline",
        f"/timeline?kind={kind}",
        "/timeline?actor=KOR&since=2012-01&until=2012-06",
        "/timeline?q=missile",
        "/timeline?page=20",
        "/timeline.json",
        "/articles",
        "/articles?q=nuclear",
        "/shifts",
        "/shifts.json",
        "/api/events?limit=100",
        "/api/index?pair=PRK-KOR&freq=week",
        "/api/shifts",
        "/api/status",
    ]
    if busiest:
        out += [f"/events/{busiest['id']}", f"/events/{busiest['id']}.json"]
    if article:
        out += [f"/articles/{article[0]['id']}", f"/api/articles/{article[0]['id']}"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database URL (else one is filled)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="articles to ingest when filling")
    parser.add_argument("-n", type=int, default=20, help="timed requests per page")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from peninsula.settings import Settings
    from peninsula.show.web.app import create_app

    url, fill_s = args.db, None
    if url is None:
        if not args.corpus.exists():
            print(f"error: no corpus at {args.corpus}; give --corpus or --db", file=sys.stderr)
            return 2
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'web.db'}"
        fill_s = fill(url, args.corpus, args.limit)

    with TestClient(create_app(Settings(db_url=url), warm=False)) as client:
        counts = client.get("/api/events", params={"limit": 1}).json()["total"]
        t0 = time.perf_counter()
        assert client.get("/").status_code == 200
        cold = (time.perf_counter() - t0) * 1000
        results = {}
        for path in pages(client):
            status = client.get(path).status_code  # warm: the cache, the pipeline, the OS
            if status != 200:
                print(f"error: {path} answered {status}", file=sys.stderr)
                return 1
            times = []
            for _ in range(args.n):
                t = time.perf_counter()
                client.get(path)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            results[path] = {
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(p95, 1),
            }

    width = max(len(p) for p in results)
    print(f"database: {url} ({counts} fused events); {args.n} requests per page")
    print(f"cold overview (loads every fused event): {cold:.0f} ms")
    print(f"{'page':<{width}}  median_ms  p95_ms")
    for path, r in results.items():
        flag = "" if r["p95_ms"] < TARGET_MS else "  <- over target"
        print(f"{path:<{width}}  {r['median_ms']:>9.1f}  {r['p95_ms']:>6.1f}{flag}")
    slow = [p for p, r in results.items() if r["p95_ms"] >= TARGET_MS]
    out = ROOT / "benchmarks" / "results" / "web_latency.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": f"{platform.node()} {platform.machine()} Python {platform.python_version()}",
                "database": url,
                "fused_events": counts,
                "fill_s": round(fill_s, 1) if fill_s is not None else None,
                "cold_overview_ms": round(cold),
                "requests_per_page": args.n,
                "target_ms": TARGET_MS,
                "pages": results,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"all pages under {TARGET_MS:.0f} ms (p95)" if not slow else f"over target: {slow}")
    return 0 if not slow else 1


if __name__ == "__main__":
    sys.exit(main())
