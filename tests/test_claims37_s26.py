"""Session 26, batch 37's claim-layer rules (sentences written for these tests, not taken from any gold text).

- a wind's strength on the Beaufort scale ("wind SE force 5", "gale force 9") is no force's size;
- "paramilitaries" are a force of a war, kept as written;
- "lost" right after a number made definite or possessed, then a plural noun, is an adjective of things gone
  ("the town's 4 lost mills"), no toll; "lost their lives" stays one.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

_WAR = "Rebels shelled the harbour on Monday and 14 sailors were killed. "


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    claims = extract_claims(text, published=date(2024, 3, 9), outlet="The Coastal Courier")
    return {c.number_text: (c.measure, c.subject) for c in claims}


# --- a wind's force is no force


@pytest.mark.parametrize("sentence", [
    "Wind SE force 5.",
    "Wind backing W force 6, sea moderate.",
    "Winds of gale force 8 kept the ferries in port.",
])
def test_wind_force_is_no_force(sentence: str) -> None:
    assert list(_kinds(_WAR + sentence)) == ["14"]


def test_a_force_of_men_is_still_a_force() -> None:
    got = _kinds(_WAR + "The rebel force of about 600 held the hills.")
    assert got["600"][0] == "forces"


# --- paramilitaries are a force


@pytest.mark.parametrize("sentence", [
    "About 300 paramilitaries had occupied the port by dawn.",
    "Some 80 paramilitaries patrolled the river that week.",
])
def test_paramilitaries_are_a_force(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    number = sentence.split()[1]
    assert got[number] == ("forces", "paramilitaries")


def test_paramilitaries_killed_keep_their_toll() -> None:
    assert _kinds(_WAR + "Nine paramilitaries were killed in the fighting.")["Nine"][0] == "killed"


# --- "the N lost things": things gone, no toll


@pytest.mark.parametrize("sentence", [
    "Next month's talk is about the town's 4 lost mills.",
    "She has written a book on the 12 lost chapels of the old quarter.",
])
def test_lost_things_are_no_toll(sentence: str) -> None:
    assert list(_kinds(_WAR + sentence)) == ["14"]


@pytest.mark.parametrize("sentence, number", [
    ("Of the ferry's crew, 5 lost their lives.", "5"),
    ("The garrison's 7 lost their lives in the fire.", "7"),
])
def test_lost_their_lives_stays_a_toll(sentence: str, number: str) -> None:
    assert _kinds(_WAR + sentence)[number][0] == "killed"


# --- "and one <clause>" after things counted: one of them, no new count


@pytest.mark.parametrize("sentence", [
    "The militia fired about five mortar shells, and one landed in the schoolyard.",
    "Gunmen threw two grenades, and one went off near the gate.",
])
def test_one_of_the_things_just_counted_is_no_count(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert "one" not in got and len(got) == 2


def test_one_more_thing_in_a_list_stays_an_item() -> None:
    got = _kinds(_WAR + "The army said it destroyed four tanks, and one helicopter.")
    assert got["one"][0] == "destroyed"


# --- a club's raffle or bake sale raises its takings, no war's money


@pytest.mark.parametrize("sentence", [
    "The tombola raised £140 for the chapel's organ appeal.",
    "Last month's quiz night raised £210 for the school roof appeal.",
    "Our bake sale raised $95 for the hall appeal.",
])
def test_club_fundraiser_is_no_funding(sentence: str) -> None:
    assert list(_kinds(_WAR + sentence)) == ["14"]


def test_fundraiser_for_war_refugees_stays_funding() -> None:
    got = _kinds(_WAR + "The raffle raised £400 for refugees from the fighting.")
    assert got["£400"][0] == "funding"


# --- the accused of a trial are no force


@pytest.mark.parametrize("sentence", [
    "Charges were later brought against 19 soldiers and two captains.",
    "In 1999 prosecutors filed charges against 8 policemen; all were acquitted.",
    "The military prosecuted 12 officers over the raid.",
])
def test_the_accused_are_no_force(sentence: str) -> None:
    assert list(_kinds(_WAR + sentence)) == ["14"]


def test_a_force_brought_against_a_town_stays_a_force() -> None:
    got = _kinds(_WAR + "The rebels brought against the town some 500 fighters.")
    assert got["500"][0] == "forces"


# --- plain ships with no navy, arms or side named are no force


@pytest.mark.parametrize("sentence", [
    "We left the island at dawn in company with four other vessels.",
    "About 500 people from the four ships were held at the port.",
    "The flotilla of six boats left the harbour at noon.",
])
def test_civilian_ships_are_no_force(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert all(kind[0] != "forces" for kind in got.values()) and "14" in got


@pytest.mark.parametrize("sentence, number", [
    ("The navy sent 5 ships to the coast.", "5"),
    ("Two boats with armed men circled the port.", "Two"),
    ("Russia keeps 12 ships in the Black Sea.", "12"),
    ("The rebels have 30 boats on the river.", "30"),
])
def test_naval_or_armed_ships_stay_forces(sentence: str, number: str) -> None:
    assert _kinds(_WAR + sentence)[number][0] == "forces"
