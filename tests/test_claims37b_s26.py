"""Session 26 round 3, batch 37's claim-layer leftovers (sentences written for these tests, not taken from any gold).

- people held, told past where they came from: "some 300 people from the two buses were held at the checkpoint"
  (a bare "held" at the clause's end, as "300 people were held at the checkpoint");
- a running count of people "who sought/received/needed treatment" after an attack or for wounds is wounded ("the
  number of people who sought treatment at clinics after the bombing has risen to 73"); treatment for an illness is not.
- a passive verb joined by "and" after a past-tense verb the reader does not know is the people's ("All 63
  passengers disembarked and detained by border guards"); an active one ("arrived and captured 40") is not.
- "flares/bombs fell", "night fell" is no place or thing taken: aircraft counted beside it stay a force ("Some 300
  aircraft took part in the raid" after "The first flares fell over the docks").
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

_WAR = "Militia fighters stormed the crossing on Tuesday and 9 guards were killed. "


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    claims = extract_claims(text, published=date(2025, 5, 14), outlet="The Valley Post")
    return {c.number_text: (c.measure, c.subject) for c in claims}


# --- held, past where the people came from


@pytest.mark.parametrize("sentence", [
    "Some 300 people from the two buses were held at the checkpoint.",
    "About 85 passengers from the convoy's trucks were held in a warehouse overnight.",
    "Nearly 60 workers from their farms were held at the police post.",
])
def test_people_from_somewhere_held(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    number = next(n for n in got if n != "9" and n not in ("two", "three"))
    assert got[number][0] == "captured"


@pytest.mark.parametrize("sentence", [
    "Some 40 delegates from the two parties were held up at the border.",
    "Talks from the first round were held at the hotel.",
])
def test_held_up_or_things_held_are_no_captives(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert all(kind[0] != "captured" for kind in got.values())


# --- a running count of people who sought treatment after an attack: wounded


@pytest.mark.parametrize("sentence", [
    "Health officials say the number of people who sought treatment at clinics after the bombing has risen to 73.",
    "The number of residents who received hospital treatment after the shelling rose to 210.",
    "By noon the total of villagers who needed medical treatment for shrapnel wounds had reached 38.",
])
def test_count_of_people_treated_after_an_attack_is_wounded(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    number = next(n for n in got if n != "9")
    assert got[number][0] == "wounded"


@pytest.mark.parametrize("sentence", [
    "The number of patients who sought treatment for flu this winter has risen to 400.",
    "The number of people who received treatment at the new clinic rose to 250.",
])
def test_count_of_people_treated_for_no_harm_is_no_claim(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert all(n == "9" for n in got)


# --- a passive verb joined by "and" after a verb the reader does not know


@pytest.mark.parametrize("sentence", [
    "All 63 passengers disembarked and detained by border guards.",
    "The 28 crewmen landed and arrested by the coastguard.",
    "About 90 villagers waited and were abducted by the gunmen.",
])
def test_joined_passive_verb_is_the_peoples(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    number = next(n for n in got if n != "9")
    assert got[number][0] == "captured"


def test_active_joined_verb_acts_on_others() -> None:
    got = _kinds(_WAR + "About 200 soldiers arrived and captured 40 rebels.")
    assert got["200"][0] == "forces" and got["40"][0] == "captured"


def test_joined_verb_of_no_harm_is_no_claim() -> None:
    assert list(_kinds(_WAR + "All 35 passengers disembarked and went home.")) == ["9"]


# --- what fell from the sky is no town taken: aircraft counted near it stay a force


@pytest.mark.parametrize("opening", [
    "The first flares fell over the docks soon after dusk.",
    "Bombs fell on the port all night.",
])
def test_things_falling_do_not_make_aircraft_seized(opening: str) -> None:
    got = _kinds(_WAR + opening + " Some 300 aircraft took part in the raid.")
    assert got["300"][0] == "forces"


def test_a_town_that_fell_still_makes_tanks_seized() -> None:
    got = _kinds(_WAR + "The town fell on Sunday. Some 30 tanks were in the depot.")
    assert got["30"][0] == "seized"
