"""Rules learnt from general news 24 (session 18, helper news24fit), on sentences written for these tests.

Quantities: a life expectancy's level is an age, its change a span (extract/numlifeages.py); "a study of N adults
over 14 years" is the study's span (extract/numspanover.py). Claims: forces at an exercise in a report of peace and
former fighters (extract/peaceforces.py), a sum for each of several people (giftmoney.py),
a battle a remembrance marks, both numbers of a swap, munitions bought or for a side and the money spent on them
(extract/tradedcounts.py). Each rule has a sentence where it must not fire.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from extract import extract_claims, find_quantities


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.surface, q.kind, q.qualifier) for q in find_quantities(text)]


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.number_text, c.measure) for c in extract_claims(text)]


@pytest.mark.parametrize("text,want", [
    ("Life expectancy for men fell to 76.2 years last year.", ("76.2", "age", "exact")),
    ("The region has a life expectancy of 68 years.", ("68", "age", "exact")),
    ("Life expectancy at birth is 81.4 years in Spain.", ("81.4", "age", "exact")),
    # a change of it is a span, and so is what is left after an age
    ("Life expectancy at birth fell by 1.6 years in two years.", ("1.6", "duration", "exact")),
    ("Life expectancy at 65 is 19.8 years for women.", ("19.8", "duration", "exact")),
    # no life expectancy: a span stays a span
    ("The sentence rose to 12 years on appeal.", ("12", "duration", "exact")),
])
def test_life_expectancy_level_is_an_age(text, want):
    assert want in _kinds(text)


@pytest.mark.parametrize("text,want", [
    ("A trial of 5,200 women over 8 years found no benefit.", ("8", "duration", "exact")),
    ("A cohort study of 31,000 people over 20 years linked poor sleep to dementia.", ("20", "duration", "exact")),
    # an age group: no unit, or "years old", or no study's word before the group
    ("A survey of 1,500 adults over 70 found that most live alone.", ("70", "age", "at_least")),
    ("A study of 600 men over 50 years old found a higher risk.", ("50", "age", "at_least")),
    ("Adults over 65 years were offered the jab first.", ("65", "age", "at_least")),
])
def test_study_over_years_is_its_span(text, want):
    assert want in _kinds(text)


@pytest.mark.parametrize("text,want", [
    # an exercise in a report of peace: no forces
    ("The drills bring together 4,000 troops and 30 warships off the coast of Scotland for two weeks.", []),
    # beside an attack the exercise's forces stay forces
    ("After the attack on the border post, the exercise brought together 4,000 troops and 30 warships.",
     [("4,000", "forces"), ("30", "forces")]),
    # former fighters are no force; fighters a side has are
    ("The programme found jobs for 3,400 former rebel fighters after the civil war.", []),
    ("The rebels had 3,400 fighters in the hills during the civil war.", [("3,400", "forces")]),
])
def test_forces_of_peace(text, want):
    assert _claims(text) == want


@pytest.mark.parametrize("text,want", [
    # forces in the clause of the battle remembered stay; the veterans are no force
    ("On the 70th anniversary of the landings, where 600 troops went ashore at night, four veterans laid wreaths.",
     [("600", "forces")]),
    # a ceremony's own soldiers stay none
    ("Some 600 soldiers marched in the parade for the 70th anniversary of the landings.", []),
])
def test_battle_remembered(text, want):
    assert _claims(text) == want


@pytest.mark.parametrize("text,want", [
    ("The court ordered the state to pay 800 widows of the war dead $2,000 each.", []),
    # sums to several recipients stay gifts of their own
    ("Donors gave $2 million each to Jordan and Lebanon for refugees.", [("$2 million", "funding")]),
])
def test_sum_for_each_person_is_no_funding(text, want):
    assert _claims(text) == want


@pytest.mark.parametrize("text,want", [
    ("The two sides swapped 120 for 115 soldiers at the border crossing, officials said.",
     [("120", "captured"), ("115", "captured")]),
    # no noun of the lexicon after the second number: nothing is counted
    ("The shop exchanged 40 for 40 new phones after the recall.", []),
    # no second count after "for": the first number takes no noun from what follows
    ("Russia exchanged 95 for the prisoners it held in Kursk.", []),
])
def test_both_numbers_of_a_swap(text, want):
    assert _claims(text) == want


@pytest.mark.parametrize("text,want", [
    ("The ministry will spend $900m on 2,000 anti-tank missiles for the Ukrainian army.",
     [("$900m", "funding"), ("2,000", "forces")]),
    ("Germany ordered 300 cruise missiles for Ukraine last month.", [("300", "forces")]),
    # missiles fired are attacks, whatever "for" follows
    ("Russian forces fired 40 missiles at Kharkiv on Monday.", [("40", "attacks")]),
    ("Russian forces fired 40 missiles for the third night running at Kharkiv.", [("40", "attacks")]),
])
def test_weapons_bought_or_sent_are_forces(text, want):
    assert _claims(text) == want


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=900), st.integers(min_value=2, max_value=900))
def test_swap_gives_both_counts(a, b):
    """Any two counts of a prisoner swap are both captured, each as written."""
    text = f"The warring sides exchanged {a} for {b} prisoners on Sunday."
    assert _claims(text) == [(str(a), "captured"), (str(b), "captured")]
