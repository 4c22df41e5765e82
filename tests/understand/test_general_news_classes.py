"""Classes of general (non-Korean) news: attacks by no one named, censorship, security
forces sent out at home, defiance of a ban, compensation paid, curfews lifted, threats and
refusals that name the act they are about, participles that retell an attack, riots named
in passing and things "proposed" that are only named. Texts of our own."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-20"


def test_an_attack_by_no_one_named_is_the_country_where_it_struck(undatelined) -> None:
    text = "A roadside bombing near the town of Ramadi on Sunday killed one American soldier."
    assert undatelined.brief(text) == {("attack", "IRQ", "USA")}


def test_a_passive_killing_at_a_place_is_coded_there(undatelined) -> None:
    text = "Two Canadian soldiers were killed by a roadside bomb near Kandahar on Friday."
    assert ("attack", "AFG", "CAN") in undatelined.brief(text)


def test_a_strike_owned_by_a_modifier_is_not_the_place(undatelined) -> None:
    text = "Seven militants were killed in a U.S. drone strike in Pakistan's tribal area."
    assert not [e for e in undatelined.events(text) if e.source and e.source.code == "PAK"]


def test_a_participle_after_an_attack_retells_it(undatelined) -> None:
    text = "Ugandan rebels shelled the northern town of Gulu on Sunday, killing 20 people."
    attacks = undatelined.of_kind(text, "attack")
    assert len(attacks) == 1 and attacks[0].source.code == "UGA"


def test_papers_closed_or_stopped_are_coerced(undatelined) -> None:
    ordered = "The Chilean government ordered the magazine Hoy to suspend publication."
    shut = "Turkish authorities shut down two opposition newspapers on Friday."
    for text, code_ in ((ordered, "CHL"), (shut, "TUR")):
        events = undatelined.events(text)
        assert any(e.plover == "COERCE" and e.source.code == code_ for e in events), text


def test_a_paper_that_stops_on_its_own_is_not_coerced(undatelined) -> None:
    text = "The Kenyan newspaper suspended publication for lack of money."
    assert not [e for e in undatelined.events(text) if e.plover == "COERCE"]


def test_security_forces_sent_out_at_home_are_a_mobilisation(undatelined) -> None:
    text = "Kenya deployed riot police in Nairobi ahead of the opposition rally."
    assert ("troop_deployment", "KEN", None) in undatelined.brief(text)


def test_defying_a_ban_rejects_it(undatelined) -> None:
    text = "Thousands of Thai protesters defied a ban on public gatherings on Sunday."
    assert any(e.plover == "REJECT" and e.source.code == "THA" for e in undatelined.events(text))


def test_compensation_paid_and_property_returned_are_a_retreat(undatelined) -> None:
    paid = "Kenya said on Monday it had paid compensation to 40 Indian traders."
    returned = "Iran returned the seized British boats on Friday."
    for text in (paid, returned):
        assert any(e.plover == "RETREAT" for e in undatelined.events(text)), text


def test_compensation_demanded_is_not_paid(undatelined) -> None:
    text = "Japan must pay compensation to the victims of forced labour."
    assert not [e for e in undatelined.events(text) if e.plover == "RETREAT"]


def test_riots_named_in_passing_are_no_protest_of_the_subject(undatelined) -> None:
    text = "Kenya said it had paid compensation to Indian traders who lost shops in the riots."
    assert not undatelined.of_kind(text, "protest")
    assert [e for e in undatelined.events("Riots broke out in Caracas.") if e.kind == "protest"]


def test_a_curfew_lifted_is_no_curfew_imposed(undatelined) -> None:
    events = undatelined.events("Serbia lifted a night curfew in Kosovo on Sunday.")
    assert {e.plover for e in events} == {"CONCEDE"}


def test_a_threatened_act_is_the_threat_itself(undatelined) -> None:
    events = undatelined.events("Zimbabwe threatened to expel the British diplomats.")
    assert [e.kind for e in events] == ["threat"]


def test_a_refused_act_is_the_refusal_itself(undatelined) -> None:
    events = undatelined.events("Egypt has refused to send troops to Yemen.")
    assert [e.kind for e in events] == ["rejection"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The people killed in the war were remembered in Pyongyang.",
            "attack",
            id="a-place-in-another-clause-is-no-doer",
        ),
        pytest.param(
            "A bus overturned in Tanzania on Tuesday, killing more than 20 people.",
            "attack",
            id="an-accident-is-no-attack-by-the-place",
        ),
        pytest.param(
            "The United States violated the armistice agreement.",
            "rejection",
            id="violating-an-agreement-is-no-defiance",
        ),
        pytest.param(
            "Bangladesh rejected the Indian plan, urging it to join the proposed regional area.",
            "proposal",
            id="a-thing-named-as-proposed-is-no-proposal",
        ),
    ],
)
def test_no_event_of_the_kind(undatelined, text: str, kind: str) -> None:
    assert not undatelined.of_kind(text, kind)
