"""The event lexicon: kinds (kinds.yaml) and their trigger patterns (triggers.yaml).

`load_lexicon()` reads both tables once, checks them across each other (every trigger names a
known kind, every kind a known PLOVER root, every (kind, modality) an intensity in -10..10)
and raises one `KnowledgeError` listing every problem. The `Lexicon` answers the ONTOLOGY
modality rules: the PLOVER root, quad class and intensity of a (kind, modality).

A trigger is a `head` regex (the word that evokes the event) with optional `near` context
that must occur within `within` characters of the head (on the `side` given), and optional
`not_near` context that vetoes it (`not_in_sentence`: anywhere in its sentence). `{NAME}` in
a pattern expands to an entry of `define`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from peninsula.knowledge.anchors import AnchorIndex, anchors
from peninsula.knowledge.load import Problems, read_table
from peninsula.models import Modality

KINDS_FILE = "kinds.yaml"
TRIGGERS_FILE = "triggers.yaml"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_MODALITIES = tuple(str(m) for m in Modality)
_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class KindInfo:
    name: str
    plover: str
    cooperative: bool
    statement: bool
    has_target: bool
    attrs: tuple[str, ...]
    intensity: dict[str, float] = field(hash=False, compare=False)
    needs_target: bool = False  # a statement toward no one else (domestic praise) is no event


@dataclass(frozen=True, slots=True)
class Trigger:
    """One compiled trigger entry of triggers.yaml."""

    kind: str
    head: re.Pattern[str]
    near: re.Pattern[str] | None = None
    within: int = 80
    side: str = "any"  # any, before, after
    not_near: re.Pattern[str] | None = None
    # context anywhere in the sentence that vetoes the trigger: a cause that makes the
    # words no act of anyone's ("killed in floods", "attacks in the first half of the match")
    not_in_sentence: re.Pattern[str] | None = None
    confidence: float = 0.8
    needs_target: bool = False  # no event unless the sentence itself names a target
    addressee: bool = False  # the subject before the head is spoken to ("X had better")
    # a verbal act told as its subject's deed ("the U.S. slandered the DPRK"): in "Y noted
    # that X slandered ...", X did it, not the speaker Y
    deed: bool = False
    # only when the subject is a person holding a role this matches (actors.yaml role ids)
    doer_role: re.Pattern[str] | None = None
    # strings one of which the head needs (None: always try it); see anchors.py
    anchors: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    kinds: dict[str, KindInfo]
    roots: dict[str, str]  # PLOVER root -> quad
    triggers: tuple[Trigger, ...]
    inter_korean: frozenset[str]
    heads: AnchorIndex
    # kind -> the partners whose one-sided mention of it is part of their joint act
    joint_acts: dict[str, frozenset[str]] = field(
        default_factory=dict
    )  # which trigger heads a text may match (on `lower_text`)
    voices: frozenset[str] = frozenset()  # media whose own words speak for their state
    denunciation: re.Pattern[str] | None = None  # a voice's words that accuse (lower text)
    # a title or lead that makes an undatelined article a voice's own ("KCNA Commentary ..."):
    # each names the outlet in a group called `outlet`
    voice_leads: tuple[re.Pattern[str], ...] = ()
    # a title that says a relayed statement is hostile ("... Slams Lee Group"): only then do
    # its denunciation words accuse (a tribute's war story does not)
    relay_titles: re.Pattern[str] | None = None

    def info(self, kind: str) -> KindInfo:
        return self.kinds[kind]

    def plover(self, kind: str, modality: Modality | str) -> str | None:
        """The PLOVER root: the kind's own when it occurred; planned -> AGREE/THREATEN."""
        info = self.kinds[kind]
        mod = str(modality)
        if mod == Modality.OCCURRED:
            return info.plover
        if mod == Modality.PLANNED:
            return "AGREE" if info.cooperative else "THREATEN"
        if mod == Modality.THREATENED:
            return "THREATEN"
        return None  # denied: nothing happened, so nothing is coded

    def quad(self, kind: str, modality: Modality | str) -> str | None:
        root = self.plover(kind, modality)
        return self.roots.get(root) if root else None

    def intensity(self, kind: str, modality: Modality | str) -> float:
        return self.kinds[kind].intensity[str(modality)]


def load_lexicon() -> Lexicon:
    """Read, validate and compile kinds.yaml and triggers.yaml (cached)."""
    return _load()


@cache
def _load() -> Lexicon:
    problems = Problems()
    kinds_data = read_table(KINDS_FILE) or {}
    roots = _read_roots(kinds_data.get("roots"), problems)
    kinds = _read_kinds(kinds_data.get("kinds"), roots, problems)
    inter = kinds_data.get("inter_korean") or []
    for name in inter:
        if name not in kinds:
            problems.add(f"{KINDS_FILE} inter_korean -> {name}", "unknown kind")
    joint_acts = _read_joint_acts(kinds_data.get("joint_acts"), kinds, problems)
    trigger_data = read_table(TRIGGERS_FILE) or {}
    triggers = _read_triggers(trigger_data, kinds, problems)
    voices, denunciation = _read_voice(trigger_data.get("voice"), problems)
    leads = _read_voice_leads(trigger_data.get("voice"), problems)
    relay_titles = _read_relay_titles(trigger_data.get("voice"), problems)
    problems.raise_if_any()
    return Lexicon(
        kinds=kinds,
        roots=roots,
        triggers=tuple(triggers),
        inter_korean=frozenset(inter),
        heads=AnchorIndex([t.anchors for t in triggers]),
        joint_acts=joint_acts,
        voices=voices,
        denunciation=denunciation,
        voice_leads=leads,
        relay_titles=relay_titles,
    )


def _read_joint_acts(
    data: Any, kinds: dict[str, KindInfo], problems: Problems
) -> dict[str, frozenset[str]]:
    acts: dict[str, frozenset[str]] = {}
    for n, entry in enumerate(data or []):
        where = f"{KINDS_FILE} joint_acts[{n}]"
        if not isinstance(entry, dict):
            problems.add(where, "expected {kind: ..., partners: [...]}")
            continue
        kind, partners = entry.get("kind"), entry.get("partners")
        if kind not in kinds:
            problems.add(where, f"unknown kind {kind!r}")
        elif kind in acts:
            problems.add(where, f"{kind} listed twice")
        elif not (
            isinstance(partners, list)
            and len(partners) >= 2
            and all(isinstance(p, str) and p.isupper() for p in partners)
        ):
            problems.add(where, "partners must be two or more actor codes")
        else:
            acts[kind] = frozenset(partners)
    return acts


def _read_voice(data: Any, problems: Problems) -> tuple[frozenset[str], re.Pattern[str] | None]:
    if data is None:
        return frozenset(), None
    where = f"{TRIGGERS_FILE} voice"
    if not isinstance(data, dict):
        problems.add(where, "must be a mapping with media and denunciation")
        return frozenset(), None
    media = data.get("media") or []
    if not isinstance(media, list) or not all(isinstance(m, str) for m in media):
        problems.add(f"{where} -> media", "must be a list of actor names")
        media = []
    try:
        cue = _compile(data["denunciation"], {}, bounded=True) if data.get("denunciation") else None
    except re.error as exc:
        problems.add(f"{where} -> denunciation", f"bad pattern ({exc})")
        cue = None
    return frozenset(media), cue


def _read_relay_titles(data: Any, problems: Problems) -> re.Pattern[str] | None:
    pattern = data.get("relay_titles") if isinstance(data, dict) else None
    if not pattern:
        return None
    try:
        return _compile(pattern, {}, bounded=True)
    except re.error as exc:
        problems.add(f"{TRIGGERS_FILE} voice -> relay_titles", f"bad pattern ({exc})")
        return None


def _read_voice_leads(data: Any, problems: Problems) -> tuple[re.Pattern[str], ...]:
    leads = data.get("leads") if isinstance(data, dict) else None
    if not leads:
        return ()
    where = f"{TRIGGERS_FILE} voice -> leads"
    if not isinstance(leads, list) or not all(isinstance(p, str) for p in leads):
        problems.add(where, "must be a list of patterns")
        return ()
    compiled: list[re.Pattern[str]] = []
    for pattern in leads:
        try:
            lead = re.compile(pattern)
        except re.error as exc:
            problems.add(where, f"bad pattern {pattern!r} ({exc})")
            continue
        if "outlet" not in lead.groupindex:
            problems.add(where, f"{pattern!r} names no (?P<outlet>...) group")
            continue
        compiled.append(lead)
    return tuple(compiled)


def _read_roots(data: Any, problems: Problems) -> dict[str, str]:
    if not isinstance(data, dict) or not data:
        problems.add(f"{KINDS_FILE} roots", "missing PLOVER root -> quad table")
        return {}
    for root, quad in data.items():
        if quad not in QUADS:
            problems.add(f"{KINDS_FILE} roots -> {root}", f"unknown quad {quad!r}")
    return {str(k): str(v) for k, v in data.items()}


def _read_kinds(data: Any, roots: dict[str, str], problems: Problems) -> dict[str, KindInfo]:
    kinds: dict[str, KindInfo] = {}
    if not isinstance(data, dict) or not data:
        problems.add(f"{KINDS_FILE} kinds", "missing kinds table")
        return kinds
    for name, entry in data.items():
        where = f"{KINDS_FILE} kind {name}"
        if not isinstance(entry, dict):
            problems.add(where, "entry must be a mapping")
            continue
        plover = entry.get("plover")
        if plover not in roots:
            problems.add(where, f"unknown PLOVER root {plover!r}")
        klass = entry.get("class")
        if klass not in ("cooperative", "conflict"):
            problems.add(where, f"class must be cooperative or conflict, not {klass!r}")
        intensity = entry.get("intensity") or {}
        values: dict[str, float] = {}
        for modality in _MODALITIES:
            value = intensity.get(modality) if isinstance(intensity, dict) else None
            if not isinstance(value, int | float):
                problems.add(where, f"missing intensity for modality {modality}")
            elif not -10 <= value <= 10:
                problems.add(where, f"intensity {value} for {modality} outside -10..10")
            else:
                values[modality] = float(value)
        kinds[str(name)] = KindInfo(
            name=str(name),
            plover=str(plover),
            cooperative=klass == "cooperative",
            statement=bool(entry.get("statement", False)),
            has_target=bool(entry.get("target", True)),
            attrs=tuple(entry.get("attrs") or ()),
            intensity=values,
            needs_target=bool(entry.get("needs_target", False)),
        )
    return kinds


def _read_triggers(data: Any, kinds: dict[str, KindInfo], problems: Problems) -> list[Trigger]:
    defines = {str(k): str(v) for k, v in (data.get("define") or {}).items()}
    out: list[Trigger] = []
    table = data.get("triggers")
    if not isinstance(table, dict):
        problems.add(f"{TRIGGERS_FILE} triggers", "missing triggers table")
        return out
    for kind, entries in table.items():
        if kind not in kinds:
            problems.add(f"{TRIGGERS_FILE} triggers -> {kind}", "unknown kind")
            continue
        for number, entry in enumerate(entries or [], 1):
            where = f"{TRIGGERS_FILE} {kind} entry {number}"
            trigger = _compile_trigger(kind, entry, defines, where, problems)
            if trigger is not None:
                out.append(trigger)
    return out


def _compile_trigger(
    kind: str, entry: Any, defines: dict[str, str], where: str, problems: Problems
) -> Trigger | None:
    if isinstance(entry, str):
        entry = {"head": entry}
    if not isinstance(entry, dict) or "head" not in entry:
        problems.add(where, "needs a head pattern")
        return None
    try:
        head = _compile(entry["head"], defines, bounded=True)
        near = _compile(entry["near"], defines) if entry.get("near") else None
        not_near = _compile(entry["not_near"], defines) if entry.get("not_near") else None
        not_in_sentence = (
            _compile(entry["not_in_sentence"], defines) if entry.get("not_in_sentence") else None
        )
        doer_role = re.compile(entry["doer_role"]) if entry.get("doer_role") else None
    except (re.error, KeyError) as exc:
        problems.add(where, f"bad pattern ({exc})")
        return None
    side = entry.get("side", "any")
    if side not in ("any", "before", "after"):
        problems.add(where, f"side must be any, before or after, not {side!r}")
    return Trigger(
        kind=kind,
        head=head,
        near=near,
        within=int(entry.get("within", 80)),
        side=side,
        not_near=not_near,
        not_in_sentence=not_in_sentence,
        confidence=float(entry.get("confidence", 0.8)),
        needs_target=bool(entry.get("needs_target", False)),
        addressee=bool(entry.get("addressee", False)),
        deed=bool(entry.get("deed", False)),
        doer_role=doer_role,
        anchors=anchors(head),
    )


def lower_text(text: str) -> str:
    """The text the patterns run on: lower case, same length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _compile(pattern: str, defines: dict[str, str], bounded: bool = False) -> re.Pattern[str]:
    expanded = _MACRO.sub(lambda m: f"(?:{defines[m.group(1)]})", str(pattern))
    if bounded:  # heads are whole words: "fire" must not fire inside "ceasefire"
        expanded = rf"\b(?:{expanded})\b"
    # Patterns run on lower-cased text (`lower_text`): case-insensitive matching in `re`
    # costs about three times as much. Escapes such as \S keep their case.
    return re.compile(_LOWER.sub(_lower_literal, expanded))


def _lower_literal(match: re.Match[str]) -> str:
    found = match.group(0)
    return found if found.startswith("\\") else found.lower()


_LOWER = re.compile(r"\\.|[A-Z]+")
