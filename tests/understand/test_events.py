"""The event coder, one sentence per test: kind, modality, source, target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from peninsula.models import Actor, Article, Document, Mention, Modality, Sentence
from peninsula.understand.events import EventCoder

# A tiny stand-in for the actor finder, so these tests do not depend on the gazetteer.
ACTORS = {
    "North Korea": "PRK",
    "Pyongyang": "PRK",
    "Kim Jong Un": "PRK",
    "Kim Yo Jong": "PRK",
    "KCNA": "PRK",
    "South Korea": "KOR",
    "Seoul": "KOR",
    "Moon Jae-in": "KOR",
    "the United States": "USA",
    "U.S.": "USA",
    "Washington": "USA",
    "Japan": "JPN",
    "China": "CHN",
    "Russia": "RUS",
    "Israel": "ISR",
    "Palestinian": "PSE",
}
PUBLISHED = "2024-01-10"


def one(coder: EventCoder, make_doc, text: str, kind: str):
    found = [e for e in coder.code(make_doc(text)) if e.kind == kind]
    assert found, f"no {kind} in {[e.kind for e in coder.code(make_doc(text))]}"
    return found[0]


def codes(actor: Actor | None) -> set[str] | None:
    return set(actor.codes) if actor else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("North Korea launched two short-range ballistic missiles into the sea.", "missile_launch"),
        (
            "North Korea launched a military reconnaissance satellite on Tuesday.",
            "satellite_launch",
        ),
        ("North Korea conducted its sixth nuclear test at Punggye-ri.", "nuclear_test"),
        ("North Korea tested a new solid-fuel engine for a new-type missile.", "weapons_test"),
        ("North Korea fired about 200 artillery shells near the border island.", "artillery_fire"),
        ("South Korea and the United States began joint military exercises.", "military_exercise"),
        ("North Korea has produced more nuclear materials this year.", "military_buildup"),
        ("Russia sent troops to the front.", "troop_deployment"),
        ("North Korean drones crossed the Military Demarcation Line.", "incursion"),
        ("North Korea shelled Yeonpyeong Island, killing four South Korea marines.", "attack"),
        ("North Korea sent trash balloons across the border.", "balloon_launch"),
        ("South Korea resumed loudspeaker broadcasts along the border.", "loudspeaker_start"),
        ("South Korea dismantled its loudspeakers along the border.", "loudspeaker_stop"),
        ("North Korea blew up the inter-Korean liaison office building in Kaesong.", "demolition"),
        ("North Korea has been jamming GPS signals near the border.", "jamming_or_cyber"),
        ("North Korea cut off the military hotline with South Korea.", "liaison_line_cut"),
        ("North Korea restored the communication lines with South Korea.", "liaison_line_restore"),
        ("Kim Jong Un held a summit with Moon Jae-in at Panmunjom.", "summit"),
        ("North Korea held talks with Russia in Moscow.", "talks"),
        ("South Korea proposed talks with North Korea on family reunions.", "proposal"),
        ("North Korea and Russia signed a comprehensive partnership treaty.", "agreement_signed"),
        ("South Korea suspended the September 19 military agreement.", "agreement_suspended"),
        ("Kim Jong Un defined South Korea as the principal enemy.", "relations_downgrade"),
        ("China and Japan established diplomatic relations.", "relations_upgrade"),
        ("North Korea threatened to strike South Korea.", "threat"),
        ("North Korea condemned Japan for the discharge.", "accusation"),
        ("Pyongyang urged Washington to stop the drills.", "demand"),
        ("North Korea rejected the offer from Japan.", "rejection"),
        ("China welcomed the move by Russia.", "praise"),
        ("Japan imposed new sanctions on North Korea.", "sanctions"),
        ("South Korea provided humanitarian aid to North Korea.", "aid"),
        ("Seoul hosted sports exchanges with Pyongyang.", "exchange"),
        ("Russia supplied artillery shells and weapons to North Korea.", "cooperation"),
        ("Israel lifted the curfew in the city.", "concession"),
        ("North Korea released six South Korea detainees.", "release_or_withdrawal"),
        ("Japan is investigating the abductions by North Korea.", "investigation"),
        ("Palestinian demonstrators staged rallies against Israel.", "protest"),
        ("South Korea seized a ship bound for North Korea.", "arrest_or_seizure"),
    ],
)
def test_every_kind_has_a_trigger(coder: EventCoder, make_doc, text: str, kind: str) -> None:
    one(coder, make_doc, text, kind)


def test_active_voice_source_and_target(coder: EventCoder, make_doc) -> None:
    event = one(coder, make_doc, "North Korea condemned Japan for the discharge.", "accusation")
    assert codes(event.source) == {"PRK"} and codes(event.target) == {"JPN"}
    assert event.modality == Modality.OCCURRED and event.plover == "ACCUSE"


def test_passive_voice_agent_is_source(coder: EventCoder, make_doc) -> None:
    event = one(coder, make_doc, "South Korea was attacked by North Korea on Monday.", "attack")
    assert codes(event.source) == {"PRK"} and codes(event.target) == {"KOR"}


def test_reported_speech_speaker_is_source_of_statement(coder: EventCoder, make_doc) -> None:
    event = one(coder, make_doc, "Kim Yo Jong said Seoul must stop the leaflets.", "demand")
    assert codes(event.source) == {"PRK"} and codes(event.target) == {"KOR"}


def test_reported_action_keeps_its_doer(coder: EventCoder, make_doc) -> None:
    event = one(
        coder, make_doc, "Seoul said North Korea fired a ballistic missile.", "missile_launch"
    )
    assert codes(event.source) == {"PRK"}
    assert event.attrs.get("missile_class") == "ballistic"


def test_according_to_kcna(coder: EventCoder, make_doc) -> None:
    text = "A spokesman condemned the drills staged by Japan, according to KCNA."
    event = one(coder, make_doc, text, "accusation")
    assert codes(event.source) == {"PRK"} and codes(event.target) == {"JPN"}


def test_joint_actors(coder: EventCoder, make_doc) -> None:
    event = one(
        coder,
        make_doc,
        "South Korea and the United States began joint military exercises.",
        "military_exercise",
    )
    assert codes(event.source) == {"KOR", "USA"}


def test_planned_modality(coder: EventCoder, make_doc) -> None:
    event = one(
        coder,
        make_doc,
        "North Korea vowed to launch three more spy satellites.",
        "satellite_launch",
    )
    assert event.modality == Modality.PLANNED and event.plover == "THREATEN"
    assert event.attrs.get("count") == 3


def test_planned_cooperative_kind_is_agree(coder: EventCoder, make_doc) -> None:
    text = "Kim Jong Un expressed a will to restore the communication lines with South Korea."
    event = one(coder, make_doc, text, "liaison_line_restore")
    assert event.modality == Modality.PLANNED and event.plover == "AGREE"


def test_threatened_modality(coder: EventCoder, make_doc) -> None:
    text = "North Korea warned it would launch missiles if the drills go ahead."
    event = one(coder, make_doc, text, "missile_launch")
    assert event.modality == Modality.THREATENED and event.plover == "THREATEN"


def test_negation_is_denied(coder: EventCoder, make_doc) -> None:
    event = one(
        coder, make_doc, "North Korea did not launch any missile this week.", "missile_launch"
    )
    assert event.modality == Modality.DENIED and event.plover is None and event.quad is None


def test_statement_stays_occurred_despite_negation(coder: EventCoder, make_doc) -> None:
    text = 'Kim Jong Un said "there is no change in the U.S. hostile policy toward us at all."'
    event = one(coder, make_doc, text, "accusation")
    assert event.modality == Modality.OCCURRED and codes(event.target) == {"USA"}


def test_speculation_yields_no_event(coder: EventCoder, make_doc) -> None:
    text = "North Korea could launch a missile ahead of the election."
    assert not [e for e in coder.code(make_doc(text)) if e.kind == "missile_launch"]


def test_background_relative_clause_yields_no_event(coder: EventCoder, make_doc) -> None:
    text = "Kim Jong Un vowed to restore the communication lines which had been cut off."
    kinds = [e.kind for e in coder.code(make_doc(text))]
    assert "liaison_line_restore" in kinds and "liaison_line_cut" not in kinds


def test_generic_commentary_yields_nothing(coder: EventCoder, make_doc) -> None:
    text = "The relationship between the two sides has been strained for years."
    assert coder.code(make_doc(text)) == []


def test_mentions_of_one_event_are_merged(coder: EventCoder, make_doc) -> None:
    text = "North Korea fired a missile. North Korea fired a missile again, officials said."
    doc = make_doc(text)
    doc.sentences = [Sentence(0, 28, text[:28]), Sentence(29, len(text), text[29:], index=1)]
    events = [e for e in coder.code(doc) if e.kind == "missile_launch"]
    assert len(events) == 1


def test_evidence_and_lexicon_fields(coder: EventCoder, make_doc) -> None:
    event = one(coder, make_doc, "Japan imposed new sanctions on North Korea.", "sanctions")
    assert event.evidence.sentence.startswith("Japan imposed") and event.evidence.start == 0
    assert event.quad == "material_conflict" and -10 <= event.intensity < 0
    assert event.date.value == "2024-01-10"


KCNA = Actor("PRK", "MED", "Korean Central News Agency")


def voice_doc(make_doc, body: str) -> Document:
    """A state-media item: the dateline names KCNA, the body speaks in its own voice."""
    text = f"Pyongyang, June 13 (KCNA) -- {body}"
    doc = make_doc(text, published="2024-06-13")
    doc.mentions = [replace(m, actor=KCNA) if m.text == "KCNA" else m for m in doc.mentions]
    return doc


def test_commentary_denunciation_is_an_accusation_by_its_state(coder: EventCoder, make_doc) -> None:
    events = coder.code(
        voice_doc(make_doc, "Japan's discharge of polluted water is a hideous crime.")
    )
    found = [(e.kind, e.source.code, e.target.code, e.date.value) for e in events]
    assert ("accusation", "PRK", "JPN", "2024-06-13") in found


def test_wire_copy_denunciation_words_are_no_accusation(coder: EventCoder, make_doc) -> None:
    events = coder.code(make_doc("Japan's discharge of polluted water is a hideous crime."))
    assert not [e for e in events if e.kind == "accusation"]


def test_had_better_in_commentary_is_a_demand_toward_the_subject(
    coder: EventCoder, make_doc
) -> None:
    events = coder.code(voice_doc(make_doc, "The U.S. had better make a proper choice."))
    event = next(e for e in events if e.kind == "demand")
    assert (event.source.code, event.target.code) == ("PRK", "USA")


def test_praise_of_own_workers_is_no_event(coder: EventCoder, make_doc) -> None:
    events = coder.code(make_doc("Kim Jong Un highly praised the builders of the new houses."))
    assert not [e for e in events if e.kind == "praise"]


def test_dateline_place_is_not_the_doer(coder: EventCoder, make_doc) -> None:
    events = coder.code(
        voice_doc(make_doc, "Staff members of the Israel embassy here visited the museum.")
    )
    assert not [e for e in events if e.kind == "talks"]


# --- round 3: commentary, meetings, protests, general news ---------------------------


def voiced_doc(make_doc, body: list[str], published: str = "2024-06-13") -> Document:
    """A KCNA item: a dateline sentence, then one sentence per entry of `body`."""
    day = date.fromisoformat(published)
    parts = [f"Pyongyang, {day:%B} {day.day} (KCNA) -- {body[0]}", *body[1:]]
    doc = make_doc(*parts, published=published)
    agency = doc.article.text.index("KCNA")
    doc.mentions = [Mention(agency, agency + 4, "KCNA", Actor("PRK", "MED", _AGENCY))] + [
        m for m in doc.mentions if m.start != agency
    ]
    return doc


_AGENCY = "Korean Central News Agency"


def test_commentary_rhetoric_of_massacre_is_no_attack(coder: EventCoder, make_doc) -> None:
    doc = voiced_doc(
        make_doc,
        [
            "The U.S. is the chieftain of aggression and massacre.",
            "On June 8, Palestinian civilians were killed by the Israel army's attack.",
        ],
    )
    attacks = [e for e in coder.code(doc) if e.kind == "attack"]
    assert [(e.date.value, codes(e.source)) for e in attacks] == [("2024-06-08", {"ISR"})]


def test_first_person_in_a_statement_is_the_outlet(coder: EventCoder, make_doc) -> None:
    doc = voiced_doc(make_doc, ["I vehemently denounce and reject the stand of Japan."])
    event = next(e for e in coder.code(doc) if e.kind == "rejection")
    assert codes(event.source) == {"PRK"} and codes(event.target) == {"JPN"}


def test_a_negated_statement_gives_no_event(coder: EventCoder, make_doc) -> None:
    doc = make_doc("Japan has neither courage nor intention to condemn Israel.")
    assert not [e for e in coder.code(doc) if e.kind == "accusation"]


def test_leaders_meeting_a_counterpart_hold_a_summit(coder: EventCoder, make_doc) -> None:
    text = "Japan's Prime Minister Abe visited China and had a talk with his counterpart."
    event = one(coder, make_doc, text, "summit")
    assert event.plover == "CONSULT"
    minister = "Japan's Foreign Minister Kono visited China and had a talk with his counterpart."
    assert not [e for e in coder.code(make_doc(minister)) if e.kind == "summit"]


def test_a_condolence_visit_is_no_talks(coder: EventCoder, make_doc) -> None:
    text = (
        "Officials of North Korea visited the embassy of China on Thursday to express condolences."
    )
    assert not [e for e in coder.code(make_doc(text)) if e.kind == "talks"]


def test_rejections_of_cooperation(coder: EventCoder, make_doc) -> None:
    event = one(
        coder,
        make_doc,
        "North Korea has no intention of cooperation with the United States.",
        "rejection",
    )
    assert codes(event.target) == {"USA"}


def test_a_joint_statement_made_public_is_an_agreement(coder: EventCoder, make_doc) -> None:
    event = one(
        coder,
        make_doc,
        "Japan and China made public a joint statement on Monday.",
        "agreement_signed",
    )
    assert codes(event.source) == {"JPN", "CHN"} and event.target is None


def test_agreed_to_promote_cooperation_is_planned_cooperation(coder: EventCoder, make_doc) -> None:
    event = one(
        coder, make_doc, "Japan and China agreed to promote military cooperation.", "cooperation"
    )
    assert event.modality == Modality.PLANNED


def test_bolstering_a_deterrent_is_planned_buildup(coder: EventCoder, make_doc) -> None:
    event = one(
        coder, make_doc, "North Korea will bolster its nuclear deterrent.", "military_buildup"
    )
    assert event.modality == Modality.PLANNED


def test_a_rally_takes_its_source_from_its_place(coder: EventCoder, make_doc) -> None:
    event = one(
        coder, make_doc, "A rally for impeaching Moon Jae-in took place in Seoul.", "protest"
    )
    assert codes(event.source) == {"KOR"} and codes(event.target) == {"KOR"}


def test_a_labour_strike_is_no_attack(coder: EventCoder, make_doc) -> None:
    text = "Teachers in Japan called off a four-day strike."
    kinds = {e.kind for e in coder.code(make_doc(text))}
    assert "attack" not in kinds and "concession" in kinds


def test_one_attack_told_twice_in_a_sentence(coder: EventCoder, make_doc) -> None:
    text = "On June 8, 274 Palestinian civilians were killed and 700 wounded by Israel."
    attacks = [e for e in coder.code(make_doc(text)) if e.kind == "attack"]
    assert len(attacks) == 1 and codes(attacks[0].source) == {"ISR"}


def test_a_designation_names_its_target_inside_the_head(coder: EventCoder, make_doc) -> None:
    text = 'Washington designated North Korea as an "uncooperative state" last week.'
    event = one(coder, make_doc, text, "sanctions")
    assert codes(event.target) == {"PRK"}


def kcna_doc(make_doc, *sentences: str) -> Document:
    """A KCNA item: a dateline sentence naming the agency, then the given sentences."""
    head = "Pyongyang, July 26 (KCNA) -- The meeting was held in Pyongyang."
    text = " ".join((head, *sentences))
    doc = make_doc(text)
    doc.sentences = []
    start = 0
    for part in (head, *sentences):
        doc.sentences.append(Sentence(start, start + len(part), part))
        start += len(part) + 1
    kcna = text.index("KCNA")
    doc.mentions = [
        m
        if m.text != "KCNA"
        else Mention(kcna, kcna + 4, "KCNA", Actor("PRK", "MED", "Korean Central News Agency"))
        for m in doc.mentions
    ]
    return doc


def test_a_pledge_to_annihilate_the_enemy_is_a_threat(coder: EventCoder, make_doc) -> None:
    doc = kcna_doc(
        make_doc,
        "The hostile U.S. keeps up its provocations.",
        "The officers pledged to be ready to annihilate the enemy once the order is given.",
    )
    threats = [e for e in coder.code(doc) if e.kind == "threat"]
    assert threats and codes(threats[0].source) == {"PRK"}


def test_a_history_of_annihilating_the_enemy_is_no_threat(coder: EventCoder, make_doc) -> None:
    doc = kcna_doc(make_doc, "In the war the guards units annihilated the enemy at the river.")
    assert not [e for e in coder.code(doc) if e.kind == "threat"]


def test_an_inherited_doer_aims_its_support_at_whom_it_is_given_to(
    coder: EventCoder, make_doc
) -> None:
    doc = kcna_doc(make_doc, "It extended full support to Japan in its struggle.")
    praise = [e for e in coder.code(doc) if e.kind == "praise"]
    assert praise and codes(praise[0].target) == {"JPN"}


def test_an_inherited_doer_takes_no_object_as_its_target(coder: EventCoder, make_doc) -> None:
    doc = kcna_doc(make_doc, "It welcomed the visit of warships of Japan.")
    assert not [e for e in coder.code(doc) if e.kind == "praise"]


def test_a_guest_named_inside_the_head_is_the_target(coder: EventCoder, make_doc) -> None:
    guest = "Russian President Vladimir Putin"
    text = f"Kim Jong Un hosted {guest} in Pyongyang."
    doc = make_doc(text)
    at = text.index(guest)
    doc.mentions = [
        Mention(0, 11, "Kim Jong Un", Actor("PRK")),
        Mention(at, at + len(guest), guest, Actor("RUS", "GOV")),
    ]
    event = next(e for e in coder.code(doc) if e.kind in ("talks", "summit"))
    # the host and the guest are the meeting's parties
    assert codes(event.source) == {"PRK", "RUS"} and event.target is None


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("Israel said it would boycott the talks with Japan.", "protest", Modality.PLANNED),
        ("North Korea tried to hack into computers in South Korea.", "jamming_or_cyber", None),
        ("Russia will evacuate its bases in Japan.", "release_or_withdrawal", Modality.PLANNED),
        ("China announced a suspension of flights to Japan.", "sanctions", None),
        ("Israel defended Japan against criticism of its policy.", "praise", None),
        (
            "Russia forced the UN refugee agency, UNHCR, out of the country.",
            "arrest_or_seizure",
            None,
        ),
        ("China was accused of ethnic cleansing by Japan.", "attack", None),
    ],
)
def test_more_trigger_forms(coder: EventCoder, make_doc, text: str, kind: str, modality) -> None:
    event = one(coder, make_doc, text, kind)
    assert modality is None or event.modality == modality


def test_praise_does_not_inherit_the_target_of_a_denunciation(coder: EventCoder, make_doc) -> None:
    doc = kcna_doc(
        make_doc,
        "The U.S. imperialists are war maniacs and aggressors.",
        "He warmly congratulated the war veterans.",
    )
    events = coder.code(doc)
    assert any(e.kind == "accusation" for e in events)
    assert not [e for e in events if e.kind == "praise" and e.target is not None]


# -- world news: pledges, domestic demands, coordinated verbs (real gazetteer) --------------


@pytest.fixture(scope="module")
def pipeline():
    from peninsula.pipeline import Pipeline

    return Pipeline()


def world(pipeline, text: str) -> list:
    return pipeline(Article(id="w", text=text, published=date(2001, 5, 4))).events


@pytest.mark.parametrize(
    ("text", "kind", "plover", "source"),
    [
        ("The Chilean president promised to reform the courts.", "proposal", "AGREE", "CHL"),
        ("Peru is firmly committed to opening up its mining sector.", "proposal", "AGREE", "PER"),
        ("Mexico said it would meet the Cuban envoy next week.", "talks", "AGREE", "MEX"),
        ("Chile and Peru failed to reach agreement on the border.", "rejection", "REJECT", "CHL"),
        (
            "Kenyan police prevented a rally by students in Nairobi.",
            "arrest_or_seizure",
            "COERCE",
            "KEN",
        ),
        (
            "Ethiopian troops captured a rebel stronghold near the border.",
            "attack",
            "ASSAULT",
            "ETH",
        ),
        ("Ghana summoned the Togolese ambassador over the raid.", "accusation", "ACCUSE", "GHA"),
        (
            "Thousands of Haitians sought refuge in the Dominican Republic.",
            "demand",
            "REQUEST",
            "HTI",
        ),
        (
            "The Finnish army has been holding villagers as human shields.",
            "arrest_or_seizure",
            "COERCE",
            "FIN",
        ),
    ],
)
def test_world_trigger_forms(pipeline, text: str, kind: str, plover: str, source: str) -> None:
    found = [e for e in world(pipeline, text) if e.kind == kind]
    assert found, [(e.kind, e.source) for e in world(pipeline, text)]
    assert found[0].plover == plover and source in found[0].source.codes


def test_a_pledge_that_introduces_an_action_is_that_action(pipeline) -> None:
    events = world(pipeline, "Norway promised to send humanitarian aid to Sudan.")
    assert [(e.kind, e.plover) for e in events] == [("aid", "AGREE")]


def test_opposition_demand_on_its_own_government(pipeline) -> None:
    text = "Opposition parties in Kenya demanded that the government resign."
    event = next(e for e in world(pipeline, text) if e.kind == "demand")
    assert (event.source.code, event.source.sector) == ("KEN", "OPP")
    assert (event.target.code, event.target.sector) == ("KEN", "GOV")


def test_a_leader_telling_his_own_workers_is_no_demand(pipeline) -> None:
    text = "The Kenyan president urged the Kenyan people to work harder."
    assert not [e for e in world(pipeline, text) if e.kind == "demand"]


def test_a_coordinated_verb_shares_the_first_verbs_subject(pipeline) -> None:
    text = "A car bomb in Kabul killed one Japanese diplomat and wounded three others."
    assert not [e for e in world(pipeline, text) if e.source and "JPN" in e.source.codes]


def test_a_demand_on_someone_unknown_is_kept(pipeline) -> None:
    text = "The United Nations urged Foreign Minister Abdul Karim to resign."
    event = next(e for e in world(pipeline, text) if e.kind == "demand")
    assert event.source.code == "UN" and event.plover == "REQUEST"
