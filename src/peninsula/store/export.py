"""Write the stored fused events as JSON lines, CSV or Parquet.

Needs: a `Repository`. Adds: one record per fused event in the fields of `extract`
(`Event.to_dict`) plus `id`, `mentions` (ids of the reporting articles), `first_reported`,
`sources` and `conflicts` (`FusedEvent.to_dict`). CSV cells holding nested values
(actors, attributes, evidence, mentions, conflicts) are JSON-encoded. Parquet keeps actors
and evidence as structs and lists as lists; `attrs` differ by kind, so they are a JSON string.
Events are read page by page, so memory stays flat for any size of store.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from peninsula.errors import StoreError
from peninsula.models import DateBasis, Event, EventDate, Evidence, FusedEvent, Modality
from peninsula.store.repository import Repository

FORMATS = ("jsonl", "csv", "parquet")
_NESTED = ("source", "target", "attrs", "evidence", "mentions", "conflicts")
_PARQUET_BATCH = 1000


def export_fused_events(repo: Repository, fmt: str, out: IO[bytes] | IO[str] | str | Path) -> int:
    """Write every fused event to `out` (a path or an open file); return how many."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    given = repo.given_ids()
    records = (_as_given(fused.to_dict(), given) for fused in repo.iter_fused_events())
    if fmt == "parquet":
        with _binary(out) as stream:
            return _write_parquet(records, stream)
    with _text(out) as stream:
        if fmt == "jsonl":
            n = 0
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
            return n
        return _write_csv(records, stream)


def _as_given(record: dict[str, Any], given: dict[str, str]) -> dict[str, Any]:
    """Report mentions under the ids their sources gave (the reader may have suffixed them)."""
    if given:
        record["mentions"] = sorted({given.get(doc, doc) for doc in record["mentions"]})
    return record


def field_names() -> list[str]:
    """The record fields in output order (extract's fields, then the fused ones)."""
    return list(_EXAMPLE.to_dict())


def _write_csv(records: Iterator[dict[str, Any]], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=field_names(), lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        n += 1
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if k in _NESTED and v is not None else v
                for k, v in record.items()
            }
        )
    return n


def _write_parquet(records: Iterator[dict[str, Any]], stream: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(pa)
    n = 0
    with pq.ParquetWriter(stream, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            record["attrs"] = json.dumps(record["attrs"], ensure_ascii=False)
            batch.append(record)
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _parquet_schema(pa: Any) -> Any:
    actor = pa.struct([("code", pa.string()), ("sector", pa.string()), ("name", pa.string())])
    evidence = pa.struct([("sentence", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    types = {
        "source": actor,
        "target": actor,
        "evidence": evidence,
        "intensity": pa.float64(),
        "confidence": pa.float64(),
        "sources": pa.int64(),
        "mentions": pa.list_(pa.string()),
        "conflicts": pa.list_(pa.string()),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in field_names()])


@contextmanager
def _text(out: IO[bytes] | IO[str] | str | Path) -> Iterator[IO[str]]:
    if isinstance(out, (str, Path)):
        with _open(out, "w") as f:
            yield f
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's stream open


@contextmanager
def _binary(out: IO[bytes] | IO[str] | str | Path) -> Iterator[IO[bytes]]:
    if isinstance(out, (str, Path)):
        with _open(out, "wb") as f:
            yield f
    elif hasattr(out, "buffer"):  # a text stream such as standard output
        out.flush()
        yield out.buffer  # type: ignore[union-attr]
    elif isinstance(out, io.TextIOBase):
        raise StoreError("parquet needs a binary output: give a file path with -o")
    else:
        yield out  # type: ignore[misc]


@contextmanager
def _open(path: str | Path, mode: str) -> Iterator[Any]:
    try:
        if "b" in mode:
            f = open(path, mode)  # noqa: SIM115
        else:
            f = open(path, mode, encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror}") from None
    with f:
        yield f


def _example() -> FusedEvent:
    event = Event(
        doc="",
        kind="",
        modality=Modality.OCCURRED,
        source=None,
        target=None,
        date=EventDate(None, None, DateBasis.UNRESOLVED),
        evidence=Evidence("", "", 0, 0),
    )
    return FusedEvent(id="", event=event, mentions=(), first_reported=None, sources=0)


_EXAMPLE = _example()
