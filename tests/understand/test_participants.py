"""Source and target of a trigger from the actor mentions of its sentence."""

from __future__ import annotations

import re

from peninsula.models import Actor, Mention
from peninsula.understand.local_mentions import Local, free_mentions
from peninsula.understand.participants import addressed, participants, place_actor

ACTORS = {"North Korea": "PRK", "Russian Federation": "RUS", "Israel": "ISR", "U.S.": "USA"}
ACTORS |= {"Palestinians": "PSE", "Ukraine": "UKR", "Kim": "PRK", "Japan": "JPN"}
_FIND = re.compile("|".join(re.escape(a) for a in sorted(ACTORS, key=len, reverse=True)))


def local(text: str) -> list[Local]:
    return [
        Local(
            Mention(m.start(), m.end(), m.group(0), Actor(ACTORS[m.group(0)])), m.start(), m.end()
        )
        for m in _FIND.finditer(text)
    ]


def span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_agentless_passive_subject_is_the_patient() -> None:
    text = "On June 8, 274 Palestinians were mercilessly killed in Gaza."
    source, target, how = participants(text, *span(text, "killed"), local(text), False, True)
    assert (source, target.code if target else None, how) == (None, "PSE", "patient")


def test_progressive_is_not_a_passive() -> None:
    text = "North Korea has been jamming GPS signals."
    source, _, _ = participants(text, *span(text, "jamming"), local(text), False, True)
    assert source is not None and source.code == "PRK"


def test_owner_of_a_delegation_is_free() -> None:
    text = "A delegation of the Russian Federation arrived here."
    assert [m.mention.text for m in free_mentions(local(text), text)] == ["Russian Federation"]


def test_place_is_not_a_target() -> None:
    text = "Kim expressed strong support for them over the operations in Ukraine."
    _, target, _ = participants(text, *span(text, "expressed strong support"), local(text), True)
    assert target is None


def test_subject_of_had_better_is_addressed() -> None:
    text = "The U.S. had better make a proper choice."
    speaker, target = addressed(text, *span(text, "had better"), local(text))
    assert speaker is None and target is not None and target.code == "USA"


def test_speaker_of_a_warning_is_named_before_the_speech_verb() -> None:
    text = "Kim said that Japan will pay a very high price."
    speaker, target = addressed(text, *span(text, "pay a very high price"), local(text))
    assert (speaker.code, target.code) == ("PRK", "JPN")


def test_a_strike_hits_the_place_it_names_not_the_agent() -> None:
    text = "Israel made an air raid on a school run by the U.S. agency in Palestinians camps."
    source, target, _ = participants(text, *span(text, "air raid"), local(text), False, True)
    assert (source.code, target.code if target else None) == ("ISR", "PSE")


def test_a_statement_target_may_follow_by() -> None:
    text = "Japan welcomed the move by the Russian Federation."
    _, target, _ = participants(text, *span(text, "welcomed"), local(text), True, True)
    assert target is not None and target.code == "RUS"


def test_passive_of_two_joined_participles() -> None:
    text = "The slogan of the U.S. is being slandered and rejected by many."
    source, _, how = participants(text, *span(text, "rejected"), local(text), True, True)
    assert source is None and how == "patient"


def test_place_actor_is_where_a_crowd_gathered() -> None:
    text = "Thousands rallied in Ukraine against Kim."
    actor = place_actor(text, local(text))
    assert actor is not None and actor.code == "UKR"


def test_people_counted_or_grouped_are_free() -> None:
    text = "Thousands of Palestinians marched toward Israel."
    assert [m.mention.text for m in free_mentions(local(text), text)] == ["Palestinians"]


def test_a_place_after_of_stays_oblique() -> None:
    text = "The capital of Ukraine was shelled."
    assert free_mentions(local(text), text) == []


def test_an_appositive_does_not_take_the_subject() -> None:
    text = "Israel, a close U.S. ally in the region, has refused to deploy troops."
    source, _, _ = participants(text, *span(text, "refused"), local(text), True)
    assert source is not None and source.code == "ISR"


def test_the_place_after_a_nominal_is_not_its_owner() -> None:
    text = "Japan sped up the withdrawal of some forces from Ukraine."
    source, _, _ = participants(text, *span(text, "withdrawal of"), local(text), False)
    assert source is not None and source.code == "JPN"


def test_a_progressive_head_is_active_even_after_been() -> None:
    text = "Japan has been holding three fishermen as hostages."
    head = span(text, "holding three fishermen as hostages")
    source, _, how = participants(text, *head, local(text), False, True)
    assert (source.code if source else None, how) == ("JPN", "subject")


def test_people_from_a_country_act_for_it() -> None:
    text = "Doctors from the U.S. donated medicine to Ukraine."
    source, target, _ = participants(text, *span(text, "donated"), local(text), False, True)
    assert (source.code, target.code) == ("USA", "UKR")


def test_a_head_ending_in_a_preposition_takes_the_place_as_object() -> None:
    text = "Refugees from Ukraine sought refuge in Japan."
    _, target, _ = participants(text, *span(text, "sought refuge in"), local(text), True)
    assert target is not None and target.code == "JPN"


def test_a_rebel_group_addresses_its_own_government() -> None:
    def mention(text: str, word: str, actor: Actor) -> Local:
        start, end = span(text, word)
        return Local(Mention(start, end, word, actor), start, end)

    text = "The rebels demanded that the government resign."
    mentions = [
        mention(text, "rebels", Actor("MLI", "REB")),
        mention(text, "government", Actor("MLI", "GOV")),
    ]
    source, target, _ = participants(text, *span(text, "demanded"), mentions, True)
    assert (source.sector, target.code if target else None) == ("REB", "MLI")
    assert target.sector == "GOV"
