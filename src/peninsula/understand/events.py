"""Code events: who did what to whom, with modality and date, proved by a sentence.

Needs: `Document.sentences`, `Document.mentions` (actors) and, through `dating`,
`Document.timexes`. Adds: `Document.events` (the pipeline assigns what `code` returns).

Per sentence: one precompiled regex over every trigger head skips sentences that evoke no
event (most of them); then `trigger_hits.py` finds the hits (overlaps go to the kind
written first; a pledge that only introduces the next hit is that hit's planned event).
Per hit: the modality (`modality.py`), the source and target (`participants.py`; for "X had
better" triggers the subject is the addressee; a verb coordinated with the one before shares
its subject; where the sentence does not say, `event_context.py`; "our border" and things
"found" make the outlet's side the target, `own_side.py`), attributes (`attributes.py`),
PLOVER root, quad and intensity from the lexicon, and the date from `dating.date_event`. A
state-media article speaks in its own voice (`voice.py`, `own_words.py`; a dateline or a
title or lead names the outlet): its denunciations are accusations by its state, dated by the
dateline ("This is a dangerous act" denounces the subject of the sentence before), unless
the sentence reports another's statement (`sentence_events.py`, "the speakers disclosed
..."); its "we" and "our" are its state, acting or speaking, but its state's words with no
one else named are at home. A launch told by a reporter or named as a noun is the weapon's,
the site's or the last launcher's (`launch_source.py`); a statement made at "meetings held
in Algeria and Italy" is by those countries. Mentions inside the dateline never act.
Commentary rhetoric and leaders' meetings are settled by `commentary.py`; mentions of one
event in one article are merged (`merging.py`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import partial
from typing import Any

from peninsula.knowledge.lexicon import Lexicon, lower_text
from peninsula.models import (
    Actor,
    Document,
    Event,
    Modality,
    Sentence,
)
from peninsula.understand.actor_names import cause_served
from peninsula.understand.commentary import settle
from peninsula.understand.dating import published_date
from peninsula.understand.event_build import build_event
from peninsula.understand.event_context import (
    at_home,
    dominant_actor,
    first_other,
    first_other_after,
    first_person,
    gathering_place,
    holds_role,
    meeting_parties,
    protested,
    recent_event,
    recent_source,
    spoken_by_writer,
    stranger_addressed,
)
from peninsula.understand.framing import enemy_subject, framed, refers_back, told_in
from peninsula.understand.home_side import criticises_home, home_addressed
from peninsula.understand.launch_source import LAUNCH_KINDS, Found, launch_source
from peninsula.understand.local_mentions import Local
from peninsula.understand.merging import merge_mentions
from peninsula.understand.modality import modality_of
from peninsula.understand.own_forces import warned
from peninsula.understand.own_side import (
    against_our_place,
    found_not_sent,
    handed_at_home,
    sent_by_other,
)
from peninsula.understand.own_words import CoderContext, relayed_demand, writer_voice
from peninsula.understand.participants import (
    addressed,
    participants,
    place_actor,
    struck_place,
)
from peninsula.understand.relay import redated_before, relay_after
from peninsula.understand.sentence_events import (
    COORDINATED,
    THEY_BEFORE,
    WRITERS_PEOPLE,
    fired_in_attack,
    opening_participle,
    participle,
    postposed_speaker,
    reported,
    suffered,
    told_twice,
)
from peninsula.understand.sentences import tag_line
from peninsula.understand.sides import other_korea
from peninsula.understand.talks_between import signed_between
from peninsula.understand.targets import (
    MEETINGS,
    all_parties,
    body_meeting,
    check_target,
    destination,
    document_host,
    interviewed,
    joined_or_aimed,
    meeting_source,
    retold_meeting,
    stateless_guest,
)
from peninsula.understand.trigger_hits import Hit, find_hits
from peninsula.understand.voice import (
    dateline_end,
    issuer_speaks,
    others_speak,
    outlet_of,
    unnamed_subject,
    writer_of,
)


class EventCoder:
    """Holds the compiled lexicon and gazetteer; `code(doc)` returns the document's events."""

    def __init__(self, gazetteer: Any, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self._order = {t: i for i, t in enumerate(lexicon.triggers)}
        self._make = partial(build_event, lexicon, gazetteer)

    def code(self, doc: Document) -> list[Event]:
        filed = dateline_end(doc.text)
        mentions = sorted((m for m in doc.mentions if m.start >= filed), key=lambda m: m.start)
        starts = [m.start for m in mentions]
        writer = writer_of(doc, self.lexicon, self.gazetteer)
        context = CoderContext(doc, dominant_actor(mentions), writer, filed)
        context.host = writer or outlet_of(doc, self.lexicon, self.gazetteer)
        events = context.events

        def locals_of(sentence: Sentence) -> list[Local]:
            lo = bisect_left(starts, sentence.start)
            hi = bisect_left(starts, sentence.end)
            return context.spoken_by_holders(sentence, mentions[lo:hi])

        previous: Sentence | None = None
        for sentence in doc.sentences:
            low = lower_text(sentence.text)
            before, previous = previous, sentence
            if tag_line(low):
                continue
            local = locals_of(sentence)
            if context.writer is None:
                opened = relay_after(doc, sentence, local, context.relay, events)
                if opened is not None and opened is not context.relay:
                    redated_before(events, opened, doc, sentence.start)
                context.relay = opened
            leads = partial(holds_role, self.gazetteer, sentence.text, local)
            hits = find_hits(self.lexicon, self._order, low, leads)
            speaker = context.speaker_at(sentence)
            voiced = speaker is not None and self.lexicon.denunciation is not None
            if speaker is not None:
                relayed_demand(self._make, context, sentence, local, speaker)
            if not hits and not (voiced and self.lexicon.denunciation.search(low)):
                continue
            voice = (
                writer_voice(
                    self._make, self.lexicon, context, speaker, sentence, local, before, locals_of
                )
                if voiced and speaker
                else None
            )
            done: list[Event] = []
            prior: tuple[Hit, Event | None] | None = None
            for hit in hits:
                event = self._event(context, sentence, hit, local, prior)
                prior = (hit, event)
                if event is None or any(told_twice(event, d) for d in done):
                    continue  # "were killed and 700 wounded by ...": one attack, told twice
                events.append(event)
                done.append(event)
                if voice is not None and reported(event, hit.start, voice, low):
                    events.remove(voice)  # the writer reports what others said
                    voice = None
            for fired in fired_in_attack(done):
                events.remove(fired)  # "a drone fired missiles on a house, killing four"
        kept = settle(events, self.lexicon, context.writer, published_date(doc))
        return merge_mentions(kept, self.lexicon.joint_acts)

    def _event(
        self,
        context: CoderContext,
        sentence: Sentence,
        hit: Hit,
        local: list[Local],
        prior: tuple[Hit, Event | None] | None = None,
    ) -> Event | None:
        text = sentence.text
        kind = hit.trigger.kind
        info = self.lexicon.info(kind)
        earlier = context.events
        reading = modality_of(text, hit.start, hit.end, statement=info.statement)
        told = told_in(context.doc, sentence)
        if reading.speculative or reading.background:
            return None
        if framed(text, hit.start, hit.end, kind, info.statement, told):
            return None
        if retold_meeting(text, (hit.start, hit.end), local, kind, earlier):
            return None
        if interviewed(kind, text, hit.start, local):
            return None
        confidence = hit.trigger.confidence * reading.confidence
        how = "addressee"
        if hit.trigger.addressee:
            source, target = addressed(text, hit.start, hit.end, local)
            if source is None and not others_speak(text):
                source = context.writer  # "The U.S. had better ...": the outlet's state warns
            if source is not None and target is None and THEY_BEFORE.search(text, 0, hit.start):
                # "We warn the hostile states ... If they ignore it, they will pay a price":
                # the speaker goes on addressing whom it just addressed
                last = recent_event(earlier, sentence, 1)
                if last is not None and last.source == source:
                    target = last.target
            if source is None or target is None:
                return None
        else:
            end = hit.end
            if any(hit.start < m.start and m.end <= hit.end for m in local):
                # "designated the DPRK as ...": a mention inside a long head is its object
                end = hit.start + len(text[hit.start : hit.end].split(" ", 1)[0])
            for m in local:
                if hit.start < m.start < end < m.end:
                    # "hosted Japanese Prime Minister Hashimoto": the guest begins inside
                    # the head, so the head ends where the guest's name begins
                    end = hit.start + len(text[hit.start : m.start].rstrip())
            spoken = info.statement and not hit.trigger.deed
            source, target, how = participants(text, hit.start, end, local, spoken, info.has_target)
            said = (
                postposed_speaker(text, hit.start, end, local, how)
                if info.statement
                else suffered(text, hit.start, end, local, source)  # victims, not doers
            )
            if said is None and source is None and info.statement:
                said = opening_participle(text, hit.start, end, local)
            if said is not None:
                source, target = said
            pledger = context.pledger(sentence, hit.start, hit.end, local)
            if pledger is not None and (source is None or pledger.codes != source.codes):
                # "If Japan persists ..., the army of the DPRK will ...": Japan is warned
                source, target = pledger, source or warned(pledger, hit.start, local)
            if (
                prior is not None
                and how != "passive"
                and COORDINATED.fullmatch(text, prior[0].end, hit.start)
            ):
                # "killed one U.S. soldier and wounded two others": the second verb shares
                # the first one's subject; the actor between them is the first one's object
                if prior[1] is None or prior[1].source is None:
                    return None
                source = prior[1].source
                if target is not None and set(target.codes) <= set(source.codes):
                    target = None
            elif prior is not None and prior[1] and participle(text, hit.start):
                if prior[1].kind == kind:
                    return None  # "shelled the town, killing 20": one attack, told twice
                if source is None or _object_of(source, prior[1]):
                    # "staged a rally in Tokyo, denouncing the U.S.": the crowd denounces;
                    # "shelled the capital Juba, killing 20": the capital killed no one
                    source = prior[1].source
                    target = first_other_after(text, local, hit.end, source) or target
        speaker = context.speaker_at(sentence)
        relayed = speaker is not context.writer
        if (
            speaker
            and how != "patient"
            and (info.statement or not relayed)
            and first_person(text, hit.start, local)
        ):
            # "I advise him ...", "we scattered leaflets ...": the outlet's state speaks and acts
            source, target = spoken_by_writer(speaker, target, hit.start, hit.end, local)
        if kind in LAUNCH_KINDS and how != "patient":
            found = Found(source, how, bool(local))
            source = launch_source(found, text, hit.start, hit.end, self.gazetteer, context)
        if source is None and info.statement and how != "patient":
            # "Meetings took place in Algeria and Italy to denounce ...": those who gathered
            source = gathering_place(text, hit.start, local)
            if source is not None:
                target = target or first_other(local, hit.end, source)
        if source is None and kind == "protest":
            # "a rally in Seoul": Seoul's people protest; "many people took part": the crowd
            # of the last protest
            source = place_actor(text, local) or recent_source(earlier, sentence, False)
            target = target or protested(text, hit.start, local, source)
        if source is None and kind == "attack" and how in ("none", "patient"):
            # "a roadside bomb near the town of Samarra killed a U.S. soldier": an attack
            # by no one named is coded to the country where it struck
            struck = struck_place(text, hit.start, hit.end, local)
            if struck is not None:
                source, target = struck[0], target or struck[1]
        if source is None and kind in MEETINGS:  # "summit of A and B", "said this when meeting"
            source, target = meeting_source(text, hit, local, (earlier, sentence, target))
        if source is None and kind == "agreement_signed":
            source = meeting_parties(earlier, sentence) or signed_between(text, hit.start, local)
        # "the enemy announced their plan to stage drills": the side of the acts just told
        pointed = reading.modality == Modality.PLANNED and enemy_subject(text, hit.start)
        if source is None and (info.statement or not local or pointed) and how != "patient":
            # A sentence that names actors but none as the doer ("regional peace is exposed
            # to threats due to the U.S. drills") gives no action to a guessed doer.
            # A doer carried from before is right only where the sentence points back to
            # it ("It urged ...", "The statement denounced ..."); not the outlet's own
            # voice, a role at home ("The Chairman proposed ...") or no subject at all.
            recent = recent_source(earlier, sentence, info.statement)
            guess = recent or (context.dominant if not local else None)
            place = against_our_place(kind, text, hit.end, guess, context.writer, earlier)
            carried = pointed or refers_back(text, hit.start, info.statement)
            # the liaison lines only ever link the two Koreas ("lines were cut 15 months
            # ago"); a launch or test with no actor named is the article's state's
            launched = not local and (kind in LAUNCH_KINDS or kind == "nuclear_test")
            shared = kind in self.lexicon.inter_korean or launched
            source = guess if carried or shared else None
            if source is None and info.statement and not others_speak(text):
                source = speaker  # "we remind the U.S.": the outlet's state speaks
            elif source is None and info.statement and relayed and issuer_speaks(text):
                source = speaker  # "..., it noted, urging ...": the relayed statement speaks
            if source is not None and source in (context.writer, speaker):
                if unnamed_subject(text, hit.start):
                    source = None  # "the city authorities turned down ...": their words
            source, target = place or (source, target)  # "drills near our border": theirs
            if source is not None and target is None and info.has_target:
                # "It extended support to the Syrian people": the doer came from before the
                # sentence, so the first other actor after the head is whom it is aimed at
                target = first_other_after(text, local, hit.end, source)
            confidence *= 0.7
        if kind == "balloon_launch" and how != "passive" and found_not_sent(text, hit.start):
            named = [m.mention.actor for m in local]  # leaflets found: the other side's
            source, target = sent_by_other(source, target, context.writer, earlier, named)
        if source is None:
            return None
        home_state = context.writer or context.host  # an outlet's story is told at home
        if kind == "praise" and home_state and WRITERS_PEOPLE.match(text, hit.end):
            if source.codes != home_state.codes:
                target = home_state  # "praised the Korean people who ...": the outlet's
        if hit.trigger.needs_target and (target is None or set(target.codes) <= set(source.codes)):
            return None
        domestic = home_addressed(
            kind, text, (hit.start, hit.end), source, target, (context.writer, home_state), local
        )
        home = domestic or (target if at_home(source, target) else None)
        target = check_target(self.lexicon, kind, info, source, target, text, earlier, sentence)
        if target is None and kind in ("threat", "accusation"):
            target = other_korea(text, hit.end, source)  # "... if the north provokes"
        if document_host(text, local, target):
            target = None
        target = cause_served(self.gazetteer, target)  # "the Institute of the Juche Idea"
        source, target = joined_or_aimed(kind, text, (hit.start, hit.end), local, source, target)
        if info.statement and (target is None or context.gathered()):  # goes on addressing
            again = context.still_addressed(self.lexicon, kind, source, sentence)
            target = again or target
            home = home or (again if again and set(again.codes) <= set(source.codes) else None)
        if home is not None and (info.needs_target or domestic or criticises_home(kind)):
            target = home  # "rebels demanded that President Kagame ...": one state, two sides
        elif info.needs_target and target is None and stranger_addressed(text, hit.end, local):
            pass  # "urged Foreign Minister Abdul Rahman to resign": someone we do not know
        elif info.needs_target and (target is None or set(target.codes) & set(source.codes)):
            return None  # praise of one's own workers, orders at home: not between actors
        if kind == "talks" and target is None:
            target = destination(text, text[hit.start : hit.end], hit.end, local, source)
        if kind == "talks" and target is None and context.host is not None:
            if " here" in text[hit.start : hit.end] and source.codes != context.host.codes:
                target = context.host  # "the delegation arrived here": a visit to the outlet's
        if kind == "aid" and target is None and context.host and handed_at_home(text, hit.end):
            # "handed aid materials to the farm": a foreign giver aids the outlet's state;
            # the state's own gifts to its farms are no event between actors
            if set(source.codes) & set(context.host.codes):
                return None
            target = Actor(context.host.code)
        lone = len(source.codes) < 2 and not body_meeting(text[hit.start : hit.end], source)
        lone = lone and not stateless_guest(text, hit.end)
        if kind == "talks" and target is None and lone:
            return None  # a visit to a factory is not talks: talks need a counterpart
        if info.statement and target is None and home_state is not None:
            own = set(home_state.codes)
            if set(source.codes) <= own and all(set(m.codes) <= own for m in local):
                # the premier "proposed building a resting place", Kim "criticized the
                # officials for their negligence": words at home, not between actors
                return None
        source, target = all_parties(kind, source, target)
        event = self._make(
            context, sentence, kind, reading.modality, source, target, (hit.start, hit.end)
        )
        return replace(event, confidence=round(min(confidence, 1.0), 3))


def _object_of(source: Actor, prior: Event) -> bool:
    """Whether `source` is what the event before acted on, so no subject of what follows."""
    return prior.target is not None and set(source.codes) <= set(prior.target.codes)
