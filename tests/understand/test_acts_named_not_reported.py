"""Acts a sentence names without reporting them as news: pushed toward, aimed at, credited
as a feat, remembered on a memorial day, done as a custom; and a taunt that asks nothing.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

KCNA_PUBLISHED = "2011-09-14"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # pushed toward an act: the one pushed has not done it
        (
            "Washington is inciting the Tokyo regime to stage naval drills near the coast.",
            "military_exercise",
        ),
        (
            "The U.S. is instigating its allies to launch joint war games in the region.",
            "military_exercise",
        ),
        # the aim of someone's moves
        (
            "The Japanese rightists stepped up their moves to seize the fishing grounds of Korea.",
            "arrest_or_seizure",
        ),
        # a feat credited to someone, with no one launch named
        (
            "Owing to the foundation laid by the leader, the country launched satellites with "
            "its own technology.",
            "satellite_launch",
        ),
        # the act a memorial day names
        (
            "September 3 is the day when Mongolia and the DPRK signed the agreement on "
            "cultural exchange.",
            "agreement_signed",
        ),
        # a custom of meeting
        ("The strength of the ties lies in the leaders' frequent exchange of visits.", "talks"),
    ],
)
def test_an_act_told_but_not_reported_is_no_event(kcna, text: str, kind: str) -> None:
    assert kind not in kcna.kinds(text)


def test_a_taunt_about_someones_fate_is_no_demand(kcna) -> None:
    text = (
        'The Rodong Sinmun said: "Traitor Lee should think about the doom awaiting him for '
        'his crimes against the nation."'
    )
    assert "demand" not in kcna.kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The U.S. urged Seoul to stop the drills, but south Korea launched naval exercises "
            "off the west coast on Monday.",
            "military_exercise",
        ),
        (
            "The DPRK launched the satellite Kwangmyongsong-3 on Wednesday, thanks to its "
            "scientists.",
            "satellite_launch",
        ),
        ('The Rodong Sinmun said: "The U.S. should stop the war games at once."', "demand"),
    ],
)
def test_the_act_itself_is_still_coded(kcna, text: str, kind: str) -> None:
    assert kind in kcna.kinds(text)
