"""A lead that sums up a telling, dated in the sentence after it by a speaker it does not
name again ("He issued a statement on March 4", "Prof. X at a seminar on March 2 said"):
the lead's words are of that day (texts of our own)."""

from __future__ import annotations

PUBLISHED = "2031-03-14"
SOURCE = "KCNA"


def test_a_pronoun_issuer_dates_the_lead(undatelined) -> None:
    text = (
        "The chairman of the Workers' League of Chile denounced the joint military drills "
        "of the U.S. He issued a statement on March 4 which said: The drills threaten peace."
    )
    found = undatelined.sides(text)
    accusations = {d for k, s, _, d in found if k == "accusation" and s == "CHL"}
    assert accusations == {"2031-03-04"}


def test_a_seminar_date_after_the_lead_dates_it(undatelined) -> None:
    text = (
        'Scholars of south Korea accused the "government" of its confrontation policy, '
        "according to a south Korean website. Prof. Mun Tae Ho at a seminar on March 2 said "
        "that dialogue is the only way."
    )
    found = undatelined.sides(text)
    assert ("accusation", "KOR", "KOR", "2031-03-02") in found


def test_a_report_with_a_date_of_its_own_leaves_the_lead_alone(undatelined) -> None:
    text = (
        "The chairman of the Workers' League of Chile denounced the joint military drills "
        "of the U.S. A report released on March 4 said the drills were large."
    )
    found = undatelined.sides(text)
    assert not any(d == "2031-03-04" for k, s, _, d in found if k == "accusation")
