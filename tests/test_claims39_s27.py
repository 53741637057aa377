"""Session 27 round 2, the claim layer on batch 39 (sentences written for these tests, not taken from any gold text,
the held-out set or the seeds): a crowd's size after a toll, people in a state of capture, a quoted noun after the
number, and a people's name on the people counted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(c.number_text, c.measure, c.subject) for c in extract_claims(text)]


# --- a crowd's size where a toll word stands earlier in the sentence (extract/crowdacts.py) ---

@pytest.mark.parametrize("text, crowd", [
    ("The toll from the market bombing rose to 52 on Monday, as hundreds of relatives kept up a sit-in outside "
     "the governor's house.", "hundreds"),
    ("The death toll climbed to 31 while about 2,000 people marched through the old city to the cemetery.", "2,000"),
    ("The toll reached 17 after thousands of mourners had gathered at the mosque for the burials.", "thousands"),
    ("The death toll stood at 64 as dozens of members of the victims' families held a vigil by the gate.", "dozens"),
])
def test_a_crowd_after_a_toll_is_no_claim(text, crowd):
    kinds = _kinds(text)
    assert all(crowd not in n for n, _, _ in kinds)
    assert [m for _, m, _ in kinds] == ["killed"]  # the toll itself stays


@pytest.mark.parametrize("text, number", [
    ("The toll rose to 31, among them 12 pilgrims attending a funeral.", "12"),
    ("The death toll climbed to 40 as 12 more people died in hospital.", "12"),
])
def test_the_dead_of_a_toll_stay_killed(text, number):
    assert (number, "killed") in [(n, m) for n, m, _ in _kinds(text)]


# --- people in a state of capture, told with "are", "remain" (extract/heldpeople.py) ---

@pytest.mark.parametrize("text, number", [
    ("After the car bombing at the ministry, two men accused of building the device are now in custody in Lagos.",
     "two"),
    ("The rebels shelled the port for a week; 40 fighters are now under arrest.", "40"),
    ("After the rocket attack on the airbase, four soldiers wanted for desertion are in military custody.", "four"),
])
def test_people_in_a_state_of_capture_are_captured(text, number):
    assert (number, "captured") in [(n, m) for n, m, _ in _kinds(text)]


@pytest.mark.parametrize("text", [
    "The two brothers were in prison when the war began.",
    "The bombing of the school killed 14 children; the custody of the orphans is disputed.",
])
def test_no_state_of_capture_no_captured(text):
    assert all(m != "captured" for _, m, _ in _kinds(text))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["are now in custody", "remain in detention", "are behind bars", "were under arrest"]),
       st.integers(min_value=2, max_value=900))
def test_any_count_in_a_state_of_capture_after_a_bombing(state, n):
    text = f"After the bombing of the bridge, {n} suspects {state}."
    assert (str(n), "captured") in [(c.number_text, c.measure) for c in extract_claims(text)]


# --- a quoted noun after the number (extract/phraselead.py; "martyrdom seekers" in the lexicon) ---

@pytest.mark.parametrize("text, number, subject", [
    ('The group said in a statement that three of its "martyrdom seekers" struck the checkpoint.', "three",
     "suicide bomber"),
    ("The group said in a statement that three of its “martyrdom seekers” struck the checkpoint.", "three",
     "suicide bomber"),
    ("The militia said 14 of its ‘fighters’ were killed in the raid on the depot.", "14", "fighters"),
    ("The faction said two of its 'suicide bombers' carried out the attack on the barracks.", "two",
     "suicide bomber"),
])
def test_a_quoted_noun_after_the_number(text, number, subject):
    assert number in [n for n, _, _ in _kinds(text)]
    assert [s for n, _, s in _kinds(text) if n == number] == [subject]


# --- subjects: a people named as a side, a service's men after the police spoke, "others" after a part ---

@pytest.mark.parametrize("text, number, subject", [
    ("The car bomb outside the consulate killed 9 Americans.", "9", "Americans"),
    ("Another 45 Russians were wounded when the depot was shelled.", "45", "Russians"),
    ("The air strike on the market killed 17 Kurds, the monitor said.", "17", "Kurds"),
])
def test_a_people_named_as_a_side_is_the_subject(text, number, subject):
    assert [s for n, _, s in _kinds(text) if n == number] == [subject]


def test_a_group_named_as_a_side_is_still_fighters():
    assert [s for n, _, s in _kinds("The air strike killed 40 Hezbollah near the border.") if n == "40"] == ["fighters"]


@pytest.mark.parametrize("text, number", [
    ("Police said four bystanders were hurt in the blast. Britain had some 3,000 paratroopers in the province "
     "that summer.", "3,000"),
    ("The police chief said two guards were killed in the ambush. The United States had roughly 900 Marines ashore "
     "near the port.", "900"),
])
def test_a_service_s_men_after_the_police_spoke_are_no_police(text, number):
    assert [s for n, _, s in _kinds(text) if n == number] not in ([], ["police"])


@pytest.mark.parametrize("text, number", [
    ("The suicide attack killed 35 people, among them six police officers, and wounded more than 80 others.", "80"),
    ("Shelling killed 22 people, including four soldiers, and injured 60 others on Sunday.", "60"),
])
def test_others_after_a_part_are_not_the_part(text, number):
    assert [s for n, _, s in _kinds(text) if n == number] == ["people"]


def test_others_after_a_whole_of_soldiers_are_soldiers():
    assert [s for n, _, s in _kinds("The shelling killed four soldiers and wounded 12 others.") if n == "12"] == [
        "troops"]
