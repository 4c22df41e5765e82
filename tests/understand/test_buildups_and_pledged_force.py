"""Arms brought in, bought or put into service, warships entering a port, and force that a
speaker pledges in its own voice, as KCNA 2011-2012 tells them.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from peninsula.models import Modality


def test_fighters_brought_into_an_air_base_are_a_buildup_of_whoever_brought_them(kcna):
    text = "The U.S. warmongers last week brought 8 F-15K fighters into the Osan air base."
    assert ("military_buildup", ("USA",), ()) in kcna.coded(text)


def test_weapons_imported_from_abroad_are_a_buildup_of_the_importer(kcna):
    text = "Japan imported forty cruise missiles from the U.S. on Monday."
    assert ("military_buildup", ("JPN",), ()) in kcna.coded(text)


def test_a_purchase_still_mulled_is_a_planned_buildup(kcna):
    text = "The south Korean military is mulling introducing new attack helicopters from Israel."
    found = [e for e in kcna.events(text) if e.kind == "military_buildup"]
    assert [(e.source.codes, e.modality) for e in found] == [(("KOR",), Modality.PLANNED)]


def test_the_maker_named_after_purchase_of_is_not_the_buyer(kcna):
    text = "The money south Korea spends on the purchase of U.S.-made weapons keeps growing."
    sources = {src for kind, src, _ in kcna.coded(text) if kind == "military_buildup"}
    assert ("USA",) not in sources


def test_a_ban_on_arms_imports_tells_of_no_import(kcna):
    text = "Iran has violated a ban on the import of missiles and conventional arms."
    assert "military_buildup" not in kcna.kinds(text)


def test_a_detainee_transferred_to_a_warship_is_no_buildup(kcna):
    text = "The soldiers took the fishermen away, transferring them to their warship."
    assert "military_buildup" not in kcna.kinds(text)


def test_a_submarine_that_entered_a_named_base_is_deployed_by_its_owner(kcna):
    text = "The U.S. nuclear submarine Ohio entered the Chinhae base of south Korea on Monday."
    assert ("troop_deployment", ("USA",), ()) in kcna.coded(text)


def test_the_army_pledging_to_retaliate_threatens_the_provocateurs(kcna):
    text = (
        "The south Korean puppet army staged another provocation. The army and people of "
        "the DPRK will mercilessly retaliate against the south Korean provocateurs."
    )
    threats = {src for kind, src, _ in kcna.coded(text) if kind == "threat"}
    assert ("PRK",) in threats


def test_meting_out_punishment_is_the_punishers_threat_not_the_addressees(kcna):
    text = "The DPRK will mete out stern punishment to the south Korean warmongers."
    assert ("threat", ("PRK",), ("KOR",)) in kcna.coded(text)


def test_what_history_will_punish_is_no_ones_threat(kcna):
    text = "History will punish the south Korean authorities for their treachery."
    assert "threat" not in kcna.kinds(text)


def test_an_inverted_condition_with_should_is_no_demand(kcna):
    text = (
        "The DPRK declared it would dispose of the property, should the south Korean "
        "authorities not clarify their stand by August."
    )
    assert "demand" not in kcna.kinds(text)
