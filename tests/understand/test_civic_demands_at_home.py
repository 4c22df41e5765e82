"""South Korean civic voices relayed by state media tell their own state what to do ("The
present "government" should free ...", "urged the need for the "government" to ..."), and
the state refusing its own people a visit or a rally rejects them. The writer's own
"we should" stays no event. Texts of our own."""

from __future__ import annotations

PUBLISHED = "2012-04-20"
SOURCE = "KCNA"


def _sides(events, kind: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in events if e.kind == kind}


def test_a_civic_body_tells_its_government_to_free_a_detainee(undatelined) -> None:
    text = (
        "The Teachers' Solidarity of south Korea held a news conference in Seoul on April 18. "
        'It said, adding: The present "government" should release the arrested teacher '
        "without delay and stop the crackdown."
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "demand")


def test_the_need_for_the_government_names_whom_it_is_urged_on(undatelined) -> None:
    text = (
        "Scholars of south Korea held a forum in Seoul on April 18. "
        'They urged the need for the "government" to give up its policy of confrontation.'
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "demand")


def test_the_writers_own_should_on_its_state_is_no_event(kcna) -> None:
    text = "Our government should build more houses for the workers this year."
    assert not _sides(kcna.events(text), "demand")


def test_authorities_disapproving_a_civic_visit_reject_their_own_people(undatelined) -> None:
    text = (
        "A farmers' association of south Korea held a news conference in Seoul on April 18. "
        "It said that the south Korean authorities disapproved the visit of its delegation."
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "rejection")


def test_a_visit_of_another_states_envoy_refused_is_not_at_home(undatelined) -> None:
    text = "The south Korean authorities refused to permit the visit of the U.S. envoy."
    assert ("KOR", "KOR") not in _sides(undatelined.events(text), "rejection")
