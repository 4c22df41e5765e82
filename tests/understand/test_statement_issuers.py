"""Who issues a relayed statement and what its words make: spokesmen and secretariats speak
for their body, a bulletin "released by" a body is its own, "had better" tells the
addressee what to do, and blame in the statement accuses (short texts of our own)."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-03-14"
SOURCE = "KCNA"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "A spokesman for the DPRK Foreign Ministry Tuesday issued the following statement:\n"
            "The present tension on the Korean peninsula is entirely attributable to the U.S.\n",
            ("accusation", "PRK", "USA"),
            id="a-spokesman-for-a-ministry-issues-its-statement",
        ),
        pytest.param(
            "The DPRK Foreign Ministry issued a statement on Monday.\n"
            "We will hold Japan responsible for all the consequences of its reckless acts.\n",
            ("accusation", "PRK", "JPN"),
            id="we-hold-them-responsible-accuses",
        ),
        pytest.param(
            "Traitor Lee Myung Bak talked nonsense about a peaceful race on March 2.\n"
            "His remarks came under fire by Information Bulletin No. 1201 released by the "
            "Secretariat of the Committee for the Peaceful Reunification of Korea on Thursday.\n"
            "What the traitor uttered is ridiculous jargon, the bulletin said.\n"
            "The Lee group had better behave itself.\n",
            ("demand", "PRK", "KOR"),
            id="a-bulletin-released-by-a-body-speaks-for-it",
        ),
        pytest.param(
            "The Supreme Command of the Korean People's Army issued a statement on Monday.\n"
            "The statement said:\n"
            "The U.S. must stop its war drills at once.\n",
            ("demand", "PRK", "USA"),
            id="a-supreme-command-issues-the-army-statement",
        ),
        pytest.param(
            "Civic groups in south Korea held a press conference in Seoul on March 3.\n"
            "They denounced the south Korean authorities for jailing a peace activist.\n"
            "They called for an immediate abolition of the security law.\n",
            ("demand", "KOR", "KOR"),
            id="a-call-at-a-gathering-is-on-whom-it-denounced",
        ),
    ],
)
def test_the_issuer_speaks_in_the_statement(undatelined, text: str, event: tuple) -> None:
    assert event in undatelined.brief(text)


def test_the_military_authorities_are_those_of_the_country_named(undatelined) -> None:
    text = "In Japan the military authorities threatened to attack the fishing boats.\n"
    assert any(k == "threat" and s == "JPN" for k, s, _ in undatelined.brief(text))


def test_a_call_at_a_gathering_that_denounced_no_one_has_no_target(undatelined) -> None:
    text = (
        "Civic groups in south Korea held a press conference in Seoul on March 3.\n"
        "They called for an immediate abolition of the security law.\n"
    )
    assert not any(k == "demand" for k, _, _ in undatelined.brief(text))
