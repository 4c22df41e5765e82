"""Settle the target of an event once its source is known, and the partners of joint acts.

Needs: the event's kind, its source and the target `participants.py` found, the sentence
text and the events coded before it. Adds nothing to the document; the event coder asks
these questions per event:

- check_target: kinds without a target get none; the parties of a meeting are its joint
  source; one's own side is no target (except of a protest); an inter-Korean act with no
  target is aimed at the other Korea; a statement with none goes on addressing whom the
  speaker last addressed;
- a demand made in talks is aimed at the one talked with;
- a veto at the Security Council rejects the UN's resolution ("Russia vetoed the draft");
- a rally outside an embassy is aimed at the embassy's state ("in front of the U.S.
  embassy in Seoul");
- partners: a drill "with" another state's forces or carrier, or done "together with"
  another, is the joint act of both.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from peninsula.knowledge.lexicon import KindInfo, Lexicon
from peninsula.models import Actor, Event, Modality, Sentence
from peninsula.understand.actor_context import JOINT_GAP
from peninsula.understand.event_context import recent_event, recent_source
from peninsula.understand.local_mentions import Local, joint_actor
from peninsula.understand.talks_between import parties_between, speaker_met

if TYPE_CHECKING:  # trigger_hits imports this module's users
    from peninsula.understand.trigger_hits import Hit

HOSTILE_QUADS = frozenset({"verbal_conflict", "material_conflict"})
# acts whose parties are all doers: the source lists them, the target is left empty
MEETINGS = frozenset({"summit", "talks", "agreement_signed", "cooperation", "exchange"})
# meetings: every party meets every other, so the source lists them all (sorted) and the
# target stays empty; "A met B" and "B received A" are one event, as in the gold
MUTUAL = frozenset({"summit", "talks"})
# acts done together with the state named after "with" ("drills with the U.S. navy")
JOINT_ACTS = frozenset({"military_exercise", "artillery_fire"})


def check_target(
    lexicon: Lexicon,
    kind: str,
    info: KindInfo,
    source: Actor,
    target: Actor | None,
    text: str,
    earlier: list[Event],
    sentence: Sentence,
) -> Actor | None:
    """The target the event keeps, given its source."""
    if not info.has_target or (kind == "demand" and _WORLD_ADDRESSED.search(text)):
        return None  # "called on the international community to respect X": X is no addressee
    if kind in MEETINGS and len(source.codes) > 1:
        return None  # "the U.S. and the ROK signed ...": the joint source are the parties
    if target is not None and set(target.codes) <= set(source.codes) and kind != "protest":
        target = None  # a protest may well be against one's own government
    between_koreas = _INTER_KOREAN.search(text) or (
        kind == "proposal" and _NORTH_SOUTH.search(text)
    )
    if target is None and (kind in lexicon.inter_korean or between_koreas):
        other = {"PRK": "KOR", "KOR": "PRK"}.get(source.codes[0])
        if other and len(source.codes) == 1:
            return Actor(other)
    if target is None and info.statement:
        # "She said ... must be removed": the statement goes on addressing the same side.
        last = recent_event(earlier, sentence, 1)
        if last and last.source and last.source.codes == source.codes and last.target:
            # ... but praise does not go on from a denunciation (a halt of one's own
            # launches does go on toward the side they were aimed at)
            friendly = lexicon.quad(kind, Modality.OCCURRED) not in HOSTILE_QUADS
            if not (friendly and last.quad == "verbal_conflict"):
                return last.target
    return target


def all_parties(kind: str, source: Actor, target: Actor | None) -> tuple[Actor, Actor | None]:
    """A meeting's parties as one joint source with no target ("Kim met the governor":
    PRK;RUS), so that either side's account of it is the same event."""
    if kind not in MUTUAL:
        return source, target
    codes = sorted({*source.codes, *(target.codes if target else ())})
    if len(codes) == 1:
        return source, None
    return Actor(";".join(codes)), None


def retold_meeting(
    text: str, span: tuple[int, int], local: list[Local], kind: str, earlier: list[Event]
) -> bool:
    """Whether a bare definite noun names a meeting the article has told already ("days
    ahead of the "summit"", "with the summit as a momentum"): no new meeting, and its
    sentence's subject is no party to it. One that names its own parties, date or place
    ("the U.S.-Japan summit", "the summit of A and B", "the summit held on May 3") is not."""
    start, end = span
    if kind not in MUTUAL or not any(e.kind == kind for e in earlier):
        return False
    the = _BARE_THE.search(text, max(0, start - 50), start)
    if the is None or any(the.start() <= m.start < end for m in local):
        return False
    details = _OWN_DETAILS.match(text, end)
    if details is None:
        return True
    # "the summit with Russia" names a party; "the summit with the involvement of" does not
    partner = any(details.end() <= m.start < details.end() + 25 for m in local)
    return details.group(1).lower() == "with" and not partner


def interviewed(kind: str, text: str, start: int, local: list[Local]) -> bool:
    """Whether a news outlet is the one who meets ("KCNA met the Swiss film producer"): it
    interviews them, no talks between states."""
    if kind not in MUTUAL:
        return False
    subject = next((m for m in reversed(local) if m.end <= start), None)
    return (
        subject is not None
        and subject.mention.actor.sector == "MED"
        and _SHORT_GAP.fullmatch(text, subject.end, start) is not None
    )


def destination(text: str, head: str, end: int, local: list[Local], source: Actor) -> Actor | None:
    """The host of the gathering a delegation leaves for ("left here to attend the congress
    to be held in Brazil"): its state is the other party of the visit."""
    if _DEPARTS.search(head) is None:
        return None
    for m in local:
        if m.start < end or set(m.codes) & set(source.codes):
            continue
        if _HELD_IN.search(text, max(0, m.start - 40), m.start):
            return m.mention.actor
    return None


def joined_or_aimed(
    kind: str,
    text: str,
    span: tuple[int, int],
    local: list[Local],
    source: Actor,
    target: Actor | None,
) -> tuple[Actor, Actor | None]:
    """The source and target once a veto, an embassy or a partner has had its say."""
    start, end = span
    if kind == "talks" and body_meeting(text[start:end], source):
        target = None  # "the ASEAN ministers' meeting held in Manila": no counterpart
    elif (
        kind == "talks" and text[start:end].lower() in ("met", "meet") and _MET_TO.match(text, end)
    ):
        target = None  # "civilians met to vow to wipe out X": a gathering; X was not met
    elif kind == "demand":
        target = partner_called(text, span, local, source) or target
    elif kind == "rejection":
        target = vetoed(text[start:end], source) or target
    elif kind == "protest":
        target = embassy_state(text, start, end, local, source) or target
    elif kind in JOINT_ACTS:
        source = partners(text, end, local, source)
    if kind == "agreement_signed" and target is not None:
        if set(source.codes) <= set(target.codes):
            # "the Washington declaration proves that the U.S. and NATO ...": those named
            # after the document are its parties, the place of its summit among them
            source, target = target, None
    return source, target


def partner_called(
    text: str, span: tuple[int, int], local: list[Local], source: Actor
) -> Actor | None:
    """The one talked with, when the demand is made in the same talk ("held a phone
    conversation with the Israeli prime minister and called for more aid to Gaza"): what
    follows "called for" is what was asked, the partner is whom it was asked of; unless
    the demand names whom it asks at once ("had talks with Russia, urging Japan to stop")."""
    start, end = span
    if any(end <= m.start <= end + _ADDRESSEE_WITHIN for m in local):
        return None
    talk = _TALK_WITH.search(text, max(0, start - 160), start)
    if talk is None:
        return None
    partner = next((m for m in local if talk.end("with") <= m.start < start), None)
    if partner is None or set(partner.codes) & set(source.codes):
        return None
    return partner.mention.actor


def named_parties(text: str, span: tuple[int, int], local: list[Local]) -> Actor | None:
    """The parties named right after a meeting's head: "a joint declaration was issued at
    the summit of Russia and Vietnam", "a camp for children of the DPRK and China"; two
    states at least, so that a place is never taken for the parties. A meeting that only
    fixes the time of another act ("days after the summit between A and B") is no news."""
    start, end = span
    if _TIME_MARK.search(text, max(0, start - 60), start):
        return None
    between = parties_between(text, span, local)  # "talks between A's minister and B's"
    if between is not None:
        return between
    hosted = _HOSTED_BY.match(text, end)
    if hosted is not None:
        # "the summit to be co-sponsored by the U.S. and south Korea": the hosts meet their
        # guests, so even one host is a party
        hosts = [m for m in local if m.start >= hosted.end()]
        return (
            joint_actor(_joined(hosts, text))
            if hosts[:1] and hosts[0].start == hosted.end()
            else None
        )
    for m in local:
        if m.start < end:
            continue
        opened = _HEAD_OPENS.search(text, max(0, end - 10), end) is not None  # "talks between"
        gap = _OPENED_GAP if opened else _PARTIES_GAP
        if not gap.fullmatch(text, end, m.start):
            return None  # "the visit ... in the history of friendship between A and B"
        group = [m, *(o for o in local if o.start > m.start and o.start - m.end < 40)]
        joined = joint_actor(_joined(group, text))
        return joined if len(joined.codes) > 1 else None
    return None


def body_meeting(trigger: str, source: Actor) -> bool:
    """Whether the talks are a meeting of one body's members ("the ASEAN Defence Ministers'
    Meeting"): talks with no counterpart named, unlike a body's officials' visit."""
    return source.sector == "IGO" and _BODY_MEETING.search(trigger) is not None


def stateless_guest(text: str, end: int) -> bool:
    """Whether the talks' counterpart is a person named with a title in a body of no state
    ("met Jan Kowal, chairman of the International Friendship Foundation"): a counterpart
    with no country code, so the talks have one party only, yet they are talks."""
    return _STATELESS_GUEST.match(text, end) is not None


def document_host(text: str, local: list[Local], target: Actor | None) -> bool:
    """Whether the target is only the city a document is named after ("adopted the Lisbon
    Summit Declaration"): the host city is where it was signed, no party aimed at."""
    if target is None:
        return False
    named = [m for m in local if set(m.codes) & set(target.codes)]
    return bool(named) and all(
        m.mention.kind == "metonym" and _DOCUMENT_NAMED.match(text, m.end) for m in named
    )


def vetoed(trigger: str, source: Actor) -> Actor | None:
    """The UN, whose resolution a veto rejects ("vetoed the draft resolution on Syria"):
    the Council's members vote on the UN's text, not on the state it names."""
    if _VETO.search(trigger) and "UN" not in source.codes:
        return Actor("UN", "IGO")
    return None


def embassy_state(
    text: str, start: int, end: int, local: list[Local], source: Actor
) -> Actor | None:
    """The state whose embassy a rally was held at ("outside the U.S. embassy in Kathmandu",
    "in front of the Japanese embassy"): a rally there is aimed at that state."""
    for m in local:
        if m.start < end - 10 or m.start - end > 90 or set(m.codes) <= set(source.codes):
            continue
        if _EMBASSY_AFTER.match(text, m.end) and _AT_EMBASSY.search(text, end, m.start):
            return m.mention.actor
    return None


def partners(text: str, end: int, local: list[Local], source: Actor) -> Actor:
    """The source joined by the states it acted with: "staged drills with an aircraft
    carrier of Italy", "a joint exercise with the U.S. forces"."""
    joined = list(source.codes)
    for m in local:
        if m.start < end or m.start - end > 80:
            continue
        if not _WITH.fullmatch(text, end, m.start):
            break
        joined += [c for c in m.codes if c not in joined]
        break
    if len(joined) == len(source.codes):
        return source
    return Actor(";".join(joined), source.sector, None)


def _joined(group: list[Local], text: str) -> list[Local]:
    """The first mention and those joined to it by "and" or commas."""
    joined = group[:1]
    for m in group[1:]:
        if not JOINT_GAP.fullmatch(text, joined[-1].end, m.start):
            break
        joined.append(m)
    return joined


# "held a phone conversation with X and called for", "had talks with X, urging": the
# demand follows the talk with X in the same clause
_ADDRESSEE_WITHIN = 12  # "urging Japan", "called on the U.S.": the one asked follows at once
_TALK_WITH = re.compile(
    r"\b(?:(?:tele)?phone )?(?:talks?|conversations?|calls?|meeting) (?P<with>with)\b"
    r"[^;:.]{1,100}?(?:,\s+|\s+and\s+)(?:also\s+)?$",
    re.IGNORECASE,
)
# a demand made of the world at large ("called on all countries to ...", "urged the
# political parties and organizations in the world to ...", "the international community
# should ..."): the state its words are about is not the one asked
_WORLD_ADDRESSED = re.compile(
    r"\b(?:(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|"
    r"ask(?:s|ed|ing)?)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:international\s+community\b|"
    r"world\b|(?:[\w'’-]+,?\s+){0,6}?(?:in|of|around|across|throughout)\s+the\s+world\b|"
    r"(?:progressive\s+)?(?:countries|nations|peoples)\b)|"
    r"international\s+community\s+(?:should|must|ought\s+to|is\s+called\s+(?:on|upon))\b)",
    re.IGNORECASE,
)
_INTER_KOREAN = re.compile(r"\binter-Korean\b", re.IGNORECASE)
# KCNA's word for inter-Korean: a proposal "for improving the north-south relations" is
# made to the other Korea (in other kinds it is mostly a theme: "the north-south dialogue")
_NORTH_SOUTH = re.compile(r"\bnorth-south\b", re.IGNORECASE)
_VETO = re.compile(r"\bveto", re.IGNORECASE)
_EMBASSY_AFTER = re.compile(r"(?:'s|’s)?\s+(?:embassy|consulate|mission)\b", re.IGNORECASE)
_AT_EMBASSY = re.compile(
    r"\b(?:outside|in front of|before|at|near|to)\s+(?:the\s+)?$", re.IGNORECASE
)
# "drill with an aircraft carrier and fighters of", "exercises with the": a partner follows
_WITH = re.compile(
    r"(?:\s+[\w\"“”-]+){0,4}?\s+(?:together |jointly )?with\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:aim|purpose|view|intention|goal|target|scenario|pretext|object|flag)\b)"
    r"[\w-]+\s+){0,6}?(?:of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# "the summit of", "talks between", "a camp for children of": the parties follow at once
# ("a joint declaration was issued at the summit of A and B")
_PARTIES_GAP = re.compile(
    r"(?:\s+(?:was|were|has been|had been)\s+(?:issued|adopted|signed|published|released|"
    r"made public))?(?:\s+(?:at|in|during|after)\s+(?:the|a|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|meeting|talks|conference|negotiations))?"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[\w'’-]+)?\s+(?:of|between|among|for)\s+(?:the\s+)?"
    r"(?:(?:two|both)\s+)?(?:delegations\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_TIME_MARK = re.compile(
    r"\b(?:after|before|since|following|ahead of|prior to|until)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_HOSTED_BY = re.compile(
    r"[\"”’']?\s+(?:(?:to be|being|was|were|is|are|will be)\s+)?(?:co-?)?(?:hosted|sponsored|"
    r"organi[sz]ed|convened|chaired)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "talks of those concerned in the north and the south": whose people they are follows "in"
_HEAD_OPENS = re.compile(r"\b(?:of|between|among|(?<=concerned )in)$", re.IGNORECASE)
_OPENED_GAP = re.compile(
    r"\s+(?:the\s+)?(?:(?:two|both)\s+)?(?:delegations\s+of\s+(?:the\s+)?)?", re.IGNORECASE
)
_STATELESS_GUEST = re.compile(
    r"(?:\s+and had an? (?:\w+ )?talks? with)?\s+(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*,\s+"
    r"(?:[\w-]+\s+){0,3}?(?:chairman|chairwoman|chairperson|president|secretary|director|head)"
    r"\s+of\s+the\s+(?:International|World|Global|Inter-\w+)\b"
)
_DOCUMENT_NAMED = re.compile(
    r"(?:[\"”’']?\s+(?:Summit|Joint|Final|Peace|Security|Strategic))*[\"”’']?\s+(?:Declaration|"
    r"Communiqu[eé]|Charter|Statement|Accords?|Agreement|Treaty|Protocol|Document|Consensus|"
    r"Act)\b"
)
_BODY_MEETING = re.compile(r"\b(?:meeting|conference|session|talks)\b", re.IGNORECASE)
_DEPARTS = re.compile(r"\b(?:left|leav\w+|depart\w*)\b", re.IGNORECASE)
# "the congress to be held in Brazil", "which will take place in Uganda"
_HELD_IN = re.compile(
    r"\b(?:held|take place|takes place|taking place|convened|opened|open) in (?:the )?$",
    re.IGNORECASE,
)
# "the "nuclear security summit"", "the summit": a definite noun with at most a few words
_BARE_THE = re.compile(r"\bthe\s+[\"“]?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OWN_DETAILS = re.compile(
    r"[\"”]?\s+(of|between|among|with|held|in|on|at|to be|which|that)\b", re.IGNORECASE
)
_SHORT_GAP = re.compile(r"(?:\s+(?:on|this|last|in)?\s*[\w.]+){0,2}?\s+|\s+", re.IGNORECASE)
_MET_TO = re.compile(r"\s+to\s+(?!the\b|an?\b|his\b|her\b|their\b)[a-z]+", re.IGNORECASE)


def meeting_source(
    text: str, hit: Hit, local: list[Local], context: tuple[list[Event], Sentence, Actor | None]
) -> tuple[Actor | None, Actor | None]:
    """The parties of a meeting whose head found no doer, as (source, target): those named
    after it ("summit of A and B"), else the speaker of the words just told and the one met
    ("She said this when receiving the DPRK ambassador"). `context`: the events so far,
    the sentence and the target found before."""
    earlier, sentence, target = context
    span = (hit.start, hit.end)
    named = named_parties(text, span, local)
    if named is not None:
        return named, target
    speaker = recent_source(earlier, sentence, True)
    met = speaker_met(text, span, local, speaker)
    return (speaker, met) if met is not None else (None, target)
