"""The event lexicon: kinds.yaml and triggers.yaml, and the ONTOLOGY modality rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from peninsula.errors import KnowledgeError
from peninsula.knowledge import lexicon as lexmod
from peninsula.knowledge.lexicon import load_lexicon
from peninsula.models import Modality

ONTOLOGY_KINDS = """missile_launch satellite_launch nuclear_test weapons_test artillery_fire
military_exercise military_buildup troop_deployment incursion attack balloon_launch
loudspeaker_start loudspeaker_stop demolition jamming_or_cyber liaison_line_cut
liaison_line_restore summit talks proposal agreement_signed agreement_suspended
relations_downgrade relations_upgrade threat accusation demand rejection praise sanctions aid
exchange cooperation concession release_or_withdrawal investigation protest
arrest_or_seizure""".split()


def test_every_ontology_kind_is_present_with_triggers() -> None:
    lex = load_lexicon()
    assert set(ONTOLOGY_KINDS) <= set(lex.kinds)
    assert set(ONTOLOGY_KINDS) <= {t.kind for t in lex.triggers}


def test_occurred_root_and_quad() -> None:
    lex = load_lexicon()
    assert lex.plover("missile_launch", Modality.OCCURRED) == "MOBILIZE"
    assert lex.quad("missile_launch", "occurred") == "material_conflict"
    assert lex.plover("praise", "occurred") == "SUPPORT"
    assert lex.quad("talks", "occurred") == "verbal_cooperation"


def test_modality_rules() -> None:
    lex = load_lexicon()
    assert lex.plover("liaison_line_restore", "planned") == "AGREE"
    assert lex.plover("satellite_launch", "planned") == "THREATEN"
    assert lex.plover("aid", "threatened") == "THREATEN"
    assert lex.plover("attack", "denied") is None and lex.quad("attack", "denied") is None


def test_intensity_in_range_for_every_kind_and_modality() -> None:
    lex = load_lexicon()
    for kind in lex.kinds:
        for modality in Modality:
            assert -10 <= lex.intensity(kind, modality) <= 10
    assert lex.intensity("attack", "occurred") < lex.intensity("accusation", "occurred") < 0
    assert lex.intensity("aid", "occurred") > lex.intensity("talks", "occurred") > 0


def test_every_head_has_anchors_and_the_index_finds_them() -> None:
    lex = load_lexicon()
    assert all(t.anchors for t in lex.triggers)
    text = "the north fired a missile."
    fired = [n for n, t in enumerate(lex.triggers) if t.head.search(text)]
    assert fired
    assert set(fired) <= set(lex.heads.candidates(text))
    assert not lex.heads.candidates("the weather was mild.")


def _broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kinds: str, triggers: str) -> None:
    (tmp_path / "kinds.yaml").write_text(kinds, encoding="utf-8")
    (tmp_path / "triggers.yaml").write_text(triggers, encoding="utf-8")
    from peninsula.knowledge import load

    monkeypatch.setattr(load, "KNOWLEDGE_DIR", tmp_path)
    load.read_table.cache_clear()
    lexmod._load.cache_clear()


KINDS = """roots: {MOBILIZE: material_conflict}
kinds:
  missile_launch: {plover: MOBILIZE, class: conflict,
    intensity: {occurred: -6, planned: -3, threatened: -5, denied: 0}}
  bad_root: {plover: NOPE, class: conflict,
    intensity: {occurred: -12, planned: -3, threatened: -5}}
joint_acts:
  - {kind: sea_battle, partners: [USA, KOR]}
  - {kind: missile_launch, partners: [USA]}
"""
TRIGGERS = """triggers:
  missile_launch: ['fired']
  unknown_kind: ['x']
"""


def test_validation_names_every_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _broken(tmp_path, monkeypatch, KINDS, TRIGGERS)
    try:
        with pytest.raises(KnowledgeError) as info:
            load_lexicon()
    finally:
        from peninsula.knowledge import load

        load.read_table.cache_clear()
        lexmod._load.cache_clear()
    message = str(info.value)
    assert "unknown PLOVER root 'NOPE'" in message
    assert "outside -10..10" in message
    assert "missing intensity for modality denied" in message
    assert "triggers.yaml triggers -> unknown_kind: unknown kind" in message
    assert "joint_acts[0]: unknown kind 'sea_battle'" in message
    assert "joint_acts[1]: partners must be two or more actor codes" in message


def test_joint_acts_name_the_partners_of_a_shared_drill() -> None:
    assert load_lexicon().joint_acts["military_exercise"] == {"USA", "KOR"}


def test_voice_media_and_denunciation_words_load() -> None:
    lexicon = load_lexicon()
    assert "Korean Central News Agency" in lexicon.voices
    assert lexicon.denunciation is not None and lexicon.denunciation.search("a hideous crime")


def test_voice_leads_name_the_outlet_of_an_undatelined_item() -> None:
    leads = load_lexicon().voice_leads
    assert leads and all("outlet" in lead.groupindex for lead in leads)
    titles = ["KCNA Commentary Blasts Drills", "Drills Slammed: Minju Joson", "Kim Visits Farm"]
    found = [next((m["outlet"] for p in leads if (m := p.search(t))), None) for t in titles]
    assert found == ["KCNA", "Minju Joson", None]


def test_demand_needs_a_target_and_accusation_does_not() -> None:
    lexicon = load_lexicon()
    assert (lexicon.info("demand").needs_target, lexicon.info("accusation").needs_target) == (
        True,
        False,
    )


def test_voice_words_skip_anti_imperialist_names() -> None:
    cue = load_lexicon().denunciation
    assert cue is not None
    assert cue.search("the u.s. imperialists")
    assert not cue.search("the anti-imperialist forum of germany")


def test_noun_demand_and_in_order_to_are_no_demand_heads() -> None:
    heads = [t.head for t in load_lexicon().triggers if t.kind == "demand"]
    assert not any(h.search("at the brigandish demand of the u.s.") for h in heads)
    assert not any(h.search("in order to recover from its defeat") for h in heads)
    assert any(h.search("washington demanded the release") for h in heads)
