"""Fusion rules: which mentions are one real event, and what the fused event says."""

from __future__ import annotations

from dataclasses import replace

import peninsula.fuse.match as match
from peninsula.fuse.match import Fuser, Member, lookup_keys, make_canon
from peninsula.fuse.merge import fuse_documents

from .builders import doc, ev


def fused(*docs, window: int = 1, gazetteer=None):
    return sorted(fuse_documents(docs, window, gazetteer), key=lambda f: f.id)


def test_month_mention_joins_day_event_inside_that_month():
    out = fused(
        doc("kcna-1", ev(when="2022-03-24"), published="2022-03-25"),
        doc(
            "later-2",
            ev(when="2022-03", precision="month", basis="relative"),
            published="2022-09-01",
        ),
    )
    assert len(out) == 1
    assert out[0].event.date.value == "2022-03-24"
    assert str(out[0].event.date.precision) == "day"
    assert out[0].sources == 2
    assert out[0].first_reported == "2022-03-25"


def test_month_mention_outside_the_month_stays_apart():
    out = fused(
        doc("a", ev(when="2022-03-24")),
        doc("b", ev(when="2022-04", precision="month")),
    )
    assert len(out) == 2


def test_day_window_and_beyond():
    near = fused(doc("a", ev(when="2022-03-24")), doc("b", ev(when="2022-03-25")))
    far = fused(doc("a", ev(when="2022-03-24")), doc("b", ev(when="2022-03-27")))
    assert len(near) == 1 and len(far) == 2
    wide = fused(doc("a", ev(when="2022-03-24")), doc("b", ev(when="2022-03-27")), window=3)
    assert len(wide) == 1


def test_year_mention_joins_and_best_date_is_the_most_precise():
    out = fused(
        doc("a", ev(when="2017", precision="year"), published="2017-12-01"),
        doc("b", ev(when="2017-11", precision="month"), published="2017-12-02"),
        doc("c", ev(when="2017-11-29"), published="2017-12-03"),
    )
    assert len(out) == 1
    assert out[0].event.date.value == "2017-11-29"
    assert out[0].first_reported == "2017-12-01"
    assert [m.doc for m in out[0].mentions] == ["a", "b", "c"]


def test_weapon_spellings_are_one_weapon():
    out = fused(
        doc("a", ev(weapon="Hwasongpho-19")),
        doc("b", ev(weapon="Hwasong-19")),
        doc("c", ev(weapon="hwasong 19")),
    )
    assert len(out) == 1
    assert out[0].conflicts == ()


class _Gazetteer:
    """Stands in for the gazetteer: KN-23 is the US name of the Hwasong-11."""

    def find_weapons(self, name: str) -> list[str]:
        return ["Hwasong-11"] if name.replace(" ", "").upper() in {"KN-23", "HWASONG-11"} else []


def test_weapon_aliases_through_the_gazetteer():
    docs = (doc("a", ev(weapon="KN-23")), doc("b", ev(weapon="Hwasong-11")))
    assert fused(*docs, gazetteer=_Gazetteer())[0].conflicts == ()
    without = fused(*docs)
    assert len(without) == 1  # still one launch, but the names disagree
    assert without[0].conflicts == ("weapon: KN-23 (a) vs Hwasong-11 (b)",)


def test_conflicting_outcomes_are_flagged_side_by_side():
    out = fused(
        doc("kcna-1", ev(outcome="success"), published="2022-03-25"),
        doc("yonhap-2", ev(outcome="failure", count=2), published="2022-03-25"),
        doc("nhk-3", ev(count=3), published="2022-03-26"),
    )
    assert len(out) == 1
    assert "outcome: success (kcna-1) vs failure (yonhap-2)" in out[0].conflicts
    assert "count: 2 (yonhap-2) vs 3 (nhk-3)" in out[0].conflicts
    # the representative keeps one reported value, never an average
    assert out[0].event.attrs["count"] in (2, 3)


def test_two_weapons_in_one_article_are_two_launches():
    out = fused(doc("a", ev(weapon="Hwasong-12", start=0), ev(weapon="KN-25", start=40)))
    assert len(out) == 2


def test_historical_mention_joins_the_original_event():
    cut = dict(kind="liaison_line_cut", source="PRK", target="KOR")
    out = fused(
        doc("2020-report", ev(when="2020-06-09", **cut), published="2020-06-09"),
        doc(
            "2021-recall",
            ev(when="2020-06", precision="month", basis="relative", **cut),
            published="2021-09-30",
        ),
        doc("2021-other", ev(when="2021-09-29", **cut), published="2021-09-30"),
    )
    assert len(out) == 2
    original = next(f for f in out if f.event.date.value == "2020-06-09")
    assert sorted(m.doc for m in original.mentions) == ["2020-report", "2021-recall"]
    assert original.first_reported == "2020-06-09"


def test_different_kinds_modalities_and_actors_stay_apart():
    out = fused(
        doc("a", ev(kind="missile_launch")),
        doc("b", ev(kind="artillery_fire")),
        doc("c", ev(kind="missile_launch", modality="threatened")),
        doc("d", ev(kind="missile_launch", source="USA")),
    )
    assert len(out) == 4


def test_unknown_or_joint_actors_are_compatible():
    out = fused(
        doc("a", ev(kind="military_exercise", source="USA;KOR")),
        doc("b", ev(kind="military_exercise", source="KOR", name="Joint Chiefs of Staff")),
        doc("c", ev(kind="military_exercise", source=None)),
    )
    assert len(out) == 1
    assert out[0].event.source.code == "USA;KOR"


def test_undated_events_fuse_only_inside_their_article():
    undated = ev(when=None, target="KOR")
    out = fused(doc("a", undated, undated), doc("b", undated))
    assert len(out) == 2
    assert sorted(len(f.mentions) for f in out) == [1, 2]
    # and an undated mention never joins a dated event
    assert len(fused(doc("a", ev(), ev(when=None)))) == 2


def test_confidence_grows_with_independent_sources():
    one = fused(doc("a", ev(confidence=0.6), outlet="KCNA"))[0]
    same = fused(
        doc("a", ev(confidence=0.6), outlet="KCNA"), doc("b", ev(confidence=0.6), outlet="KCNA")
    )[0]
    two = fused(
        doc("a", ev(confidence=0.6), outlet="KCNA"), doc("b", ev(confidence=0.6), outlet="Yonhap")
    )[0]
    assert one.event.confidence == 0.6
    assert one.event.confidence < same.event.confidence < two.event.confidence < 1.0


def test_repeated_mentions_in_one_article_count_one_source():
    out = fused(doc("a", ev(start=0), ev(start=50)), doc("b", ev()))
    assert len(out) == 1
    assert out[0].sources == 2 and len(out[0].mentions) == 3
    assert out[0].to_dict()["mentions"] == ["a", "b"]


def test_blocking_keys_stay_few():
    # the year, the month, and the days from a week before to a day after
    assert len(lookup_keys(ev(when="2022-03-15"), 1)) == 1 + 1 + 9
    assert len(lookup_keys(ev(when="2022-03", precision="month"), 1)) == 1 + 1 + 39
    assert len(lookup_keys(ev(when="2022", precision="year"), 1)) == 1 + 12 + 373


def test_fusion_compares_only_nearby_candidates(monkeypatch):
    calls = 0
    real = match.joins

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(match, "joins", counting)
    fuser = Fuser(1, make_canon())
    n = 3000
    for i in range(n):
        year, month, day = 2000 + i // 300, i // 25 % 12 + 1, i % 25 + 1
        event = ev(when=f"{year}-{month:02d}-{day:02d}", kind=f"k{i % 3}")
        fuser.add(Member(replace(event, doc=f"d{i}")))
    assert calls < 20 * n  # all-pairs would be about n * n / 2 = 4.5 million


def test_week_mention_covers_monday_to_sunday_around_its_stored_day():
    # dating stores a week by its Thursday (2020-06-11): the week runs 06-08 .. 06-14
    out = fused(
        doc("a", ev(kind="liaison_line_cut", when="2020-06-09")),
        doc("b", ev(kind="liaison_line_cut", when="2020-06-11", precision="week")),
    )
    assert len(out) == 1
    assert out[0].event.date.value == "2020-06-09"
    apart = fused(
        doc("a", ev(kind="liaison_line_cut", when="2020-06-06")),
        doc("b", ev(kind="liaison_line_cut", when="2020-06-11", precision="week")),
    )
    assert len(apart) == 2


def test_one_article_giving_two_days_reports_two_events():
    two = fused(
        doc(
            "a",
            ev(kind="agreement_signed", when="2018-09-18", sentence="They signed one."),
            ev(kind="agreement_signed", when="2018-09-19", sentence="They signed another."),
        )
    )
    assert len(two) == 2
    # across articles the day window still absorbs a one-day disagreement
    one = fused(
        doc("a", ev(kind="agreement_signed", when="2018-09-18")),
        doc("b", ev(kind="agreement_signed", when="2018-09-19")),
    )
    assert len(one) == 1


def test_two_names_in_one_article_are_two_agreements():
    def signed(name: str):
        return replace(ev(kind="agreement_signed"), attrs={"name": name})

    same_doc = fused(doc("a", signed("Pyongyang Joint Declaration"), signed("Military Agreement")))
    assert len(same_doc) == 2
    # across articles they are conflicting reports of one signing
    across = fused(doc("a", signed("Pyongyang Declaration")), doc("b", signed("Military Pact")))
    assert len(across) == 1
