"""Session 8, helper fix5: armed men crossing, things listed after "the bodies of", a part naming its own harm,
two-word nationalities, the state owning a force, and people missing after a war's violence.

Each rule is tested on sentences written here and on sentences it must not reach.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

_DAY = date(2024, 5, 1)


def _claims(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of each claim of `text`."""
    return {c.number_text: (c.measure, c.subject, c.side) for c in extract_claims(text, published=_DAY, outlet="Wire")}


# 1. Armed men crossing a river or border are a force on the move.
@pytest.mark.parametrize("text, number, subject", [
    ("Troops numbering 300 crossed the river on Monday.", "300", "troops"),
    ("Fighters numbering about 500 crossed the border into the valley at dawn.", "500", "fighters"),
    ("About 700 soldiers crossed the frontier overnight.", "700", "troops"),
])
def test_armed_men_crossing_are_forces(text: str, number: str, subject: str) -> None:
    measure, got_subject, side = _claims(text)[number]
    assert measure == "forces"
    assert got_subject == subject
    assert side != "civilian"


@pytest.mark.parametrize("text, number", [
    ("Refugees numbering 3,000 crossed the river on Monday.", "3,000"),
    ("Some 2,000 villagers crossed the border into the next province.", "2,000"),
    ("Troops numbering 300 fled into the forest.", "300"),  # flight, not a crossing: left as it was
])
def test_crossing_civilians_and_flight_stay_displaced(text: str, number: str) -> None:
    assert _claims(text)[number][0] == "displaced"


# 3. Things listed after "the bodies of" were recovered, not destroyed.
def test_things_after_the_bodies_of_are_seized() -> None:
    got = _claims("Police recovered the bodies of two officers and 12 rifles near the bridge.")
    assert got["two"][0] == "killed"
    assert got["12"][0] == "seized"


def test_people_after_the_bodies_of_stay_dead_and_weapons_destroyed_stay() -> None:
    got = _claims("Police recovered the bodies of two officers and three civilians.")
    assert got["three"][0] == "killed"
    got = _claims("Rebels killed two officers and destroyed 12 rifles.")
    assert got["12"][0] == "destroyed"


# 4. A part whose own noun names a harm keeps it.
@pytest.mark.parametrize("text, number, measure", [
    ("The convoy carried 40 soldiers, including 12 wounded.", "12", "wounded"),
    ("The militia held 30 people, including four wounded.", "four", "wounded"),
])
def test_part_naming_its_harm_keeps_it(text: str, number: str, measure: str) -> None:
    assert _claims(text)[number][0] == measure


def test_part_of_a_toll_keeps_the_toll() -> None:
    got = _claims("Shelling killed 12 people, including five children.")
    assert got["five"][:2] == ("killed", "children")
    got = _claims("The convoy carried 40 soldiers, including 12 wounded.")
    assert got["40"][0] == "forces"


# 5. A two-word nationality is the subject whole.
@pytest.mark.parametrize("text, number, subject", [
    ("Another 13 South Africans were wounded in the attack.", "13", "South Africans"),
    ("Two Sri Lankans were killed in the blast.", "Two", "Sri Lankans"),
])
def test_two_word_nationality(text: str, number: str, subject: str) -> None:
    assert _claims(text)[number][1] == subject


def test_one_word_nationality_unchanged() -> None:
    assert _claims("Another 13 Iraqis were wounded in the attack.")["13"][1] == "Iraqis"


# 2. A force owned by the state named with no side word is the government's, not the passage's.
@pytest.mark.parametrize("sentence", [
    "The government has 12,000 troops in the province.",
    "The army deployed about 12,000 troops in the province.",
    "The government's 12,000 troops hold the province.",
])
def test_state_owned_force_is_government(sentence: str) -> None:
    text = "Rebels attacked the town near Idlib on Monday. " + sentence
    assert _claims(text)["12,000"][0] == "forces"
    assert _claims(text)["12,000"][2] == "regime"


def test_force_of_the_passage_side_unchanged() -> None:
    text = "Rebels attacked the town near Idlib on Monday. The rebels have 3,000 fighters in the province."
    assert _claims(text)["3,000"][2] == "opposition"
    text = "Rebels attacked the town near Idlib on Monday. The army killed 12 fighters in the province."
    assert _claims(text)["12"][:2] == ("killed", "fighters")


# 8. People missing after a war's violence are counted as captured; people lost somewhere are no claim.
@pytest.mark.parametrize("text, number", [
    ("Rebels stormed the base. The ministry says 56 of its fighters were killed, and 14 are missing.", "14"),
    ("Rebels attacked the village in March. A further 89 people remain missing.", "89"),
    ("Rebels attacked the village in March; 31 residents were listed as missing.", "31"),
])
def test_missing_after_violence_is_captured(text: str, number: str) -> None:
    assert _claims(text)[number][0] == "captured"


@pytest.mark.parametrize("text, number", [
    ("The army shelled the island. Dozens of soldiers were still missing in the reeds.", "Dozens"),
    ("Rebels stormed the base. 14 are unaccounted for.", "14"),
    ("Three hikers are missing after the storm.", "Three"),
    ("The club said 40 members were missing from the meeting.", "40"),
])
def test_missing_lost_or_in_peace_is_no_claim(text: str, number: str) -> None:
    assert number not in _claims(text)
