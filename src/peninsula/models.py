"""Every value that crosses a stage boundary.

Data flows one way: read -> understand -> fuse -> analyse -> show. `read` produces an
`Article`; `understand` wraps it in a `Document` and fills sentences, time expressions,
actor mentions and events; `fuse` turns events of many documents into `FusedEvent`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DateBasis(StrEnum):
    EXPLICIT = "explicit"
    RELATIVE = "relative"
    PUBLICATION = "publication"
    UNRESOLVED = "unresolved"


class Modality(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    THREATENED = "threatened"
    DENIED = "denied"


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read and cleaned.

    `text` is the cleaned text every later offset refers to. `raw` is the text as it was read;
    `offset_map` holds (clean_offset, raw_offset) pairs at the start of each copied segment, so
    any clean offset can be traced back to the raw text (see `read.clean.to_raw_offset`).
    """

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    published_how: str | None = None  # metadata, header, html, dateline, inferred, user
    published_evidence: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    raw: str | None = None
    offset_map: tuple[tuple[int, int], ...] = ()
    removed: tuple[tuple[int, int, str], ...] = ()  # raw spans dropped as boilerplate, why
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def given_id(self) -> str:
        """The id as the source gave it; `id` differs only when a file repeats an id."""
        return self.metadata.get("given_id") or self.id

    @property
    def content_hash(self) -> str:
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0
    index: int = 0


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TimeML value, resolved against the document date.

    `value` is the TIMEX3 value ("2021-09-29", "2021-09", "2021-W38", "P15M", "PAST_REF").
    `anchored` is False when the value needed a document date that was missing.
    `is_name` marks expressions that name an event ("the April 27 Declaration") rather than
    set a time for the clause they stand in.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    relative: bool = False
    anchored: bool = True
    is_name: bool = False
    mod: str | None = None  # START, MID, END, APPROX ...


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: a country code (or `;`-joined codes), an optional sector and name."""

    code: str
    sector: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "sector": self.sector, "name": self.name}

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.code.split(";"))


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that refers to an actor (a name, a title, a metonym, a pronoun)."""

    start: int
    end: int
    text: str
    actor: Actor
    kind: str = "name"  # name, role, metonym, demonym, pronoun, country, body


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's own date: a value at a precision, and how it was found."""

    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; a week is given by its Thursday (mid-week)
    precision: Precision | None
    basis: DateBasis

    @classmethod
    def unresolved(cls) -> EventDate:
        return cls(None, None, DateBasis.UNRESOLVED)


@dataclass(frozen=True, slots=True)
class Event:
    doc: str
    kind: str
    modality: Modality
    source: Actor | None
    target: Actor | None
    date: EventDate
    evidence: Evidence
    planned_for: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    plover: str | None = None
    quad: str | None = None
    intensity: float | None = None
    confidence: float = 0.5
    trigger: str | None = None

    def to_dict(self, doc_id: str | None = None) -> dict[str, Any]:
        """The event in exactly the fields of spec/INTERFACE.md.

        `doc_id` reports the document under the id its source gave, where the reader had to
        make a repeated id unique (see Article.given_id).
        """
        return {
            "doc": doc_id or self.doc,
            "kind": self.kind,
            "modality": str(self.modality),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date.value,
            "precision": str(self.date.precision) if self.date.precision else None,
            "date_basis": str(self.date.basis),
            "planned_for": self.planned_for,
            "attrs": dict(self.attrs),
            "plover": self.plover,
            "quad": self.quad,
            "intensity": self.intensity,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    """The object the `understand` stages share, as spaCy's stages share a Doc.

    Each stage reads what earlier ones added and adds its own layer.
    """

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True, slots=True)
class MentionRef:
    """One report of a fused event: which article, which sentence, which date it gave."""

    doc: str
    sentence: str
    start: int
    end: int
    date: str | None
    precision: str | None
    published: str | None
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class FusedEvent:
    """One real event, with every article that reported it."""

    id: str
    event: Event  # the representative: best date, merged attributes
    mentions: tuple[MentionRef, ...]
    first_reported: str | None
    sources: int
    conflicts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = self.event.to_dict()
        data["id"] = self.id
        data["mentions"] = sorted({m.doc for m in self.mentions})
        data["first_reported"] = self.first_reported
        data["sources"] = self.sources
        data["conflicts"] = list(self.conflicts)
        return data


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that could not be processed, and why (one line)."""

    document: str
    reason: str

    def __str__(self) -> str:
        return f"{self.document}: {self.reason}"
