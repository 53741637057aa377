"""Session 25, batch 34's claim-layer rules (sentences written for these tests, not taken from any gold text).

- "structures" and "stores" are facilities of civilian life: counted when a verb of destruction acts on them;
- a noun's place may take up to five words before its verb ("200 shops on the far side of Station Road were
  burned");
- people a hospital "took in", "admitted" or "received" in a report of a war are wounded, as those it "treated";
- people living in relief or refugee camps in a report of a war are displaced;
- arrests in a report of deadly unrest (ten or more killed) that names no war are claims;
- facilities "closed" in a report of peace (no war, no unrest) are a business's or a council's, no claim.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims

_WAR = "Shelling hit the eastern districts again overnight. "


def _claims(text: str):
    return extract_claims(text, published=date(2021, 6, 3), outlet="The Harbour Post")


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in _claims(text)}


# --- structures and stores


@pytest.mark.parametrize("sentence", [
    "Analysts counted 2,450 structures destroyed by fire in the district.",
    "Further north, another 380 structures were razed.",
    "Altogether 1,900 structures were burned down in the three villages.",
])
def test_structures_destroyed_are_counted(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert [v for v in got.values() if v[0] == "destroyed"] == [("destroyed", "structure")]


def test_stores_burned_are_counted() -> None:
    assert _kinds(_WAR + "Looters burned 85 stores along the market road.")["85"] == ("destroyed", "store")


@pytest.mark.parametrize("sentence", [
    "The town has 400 structures listed as historic.",
    "The retailer opened 85 stores last year.",
    "Engineers inspected 60 structures after the storm.",
    "The company closed 120 stores across the country.",
])
def test_structures_and_stores_without_destruction_are_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "The retailer closed 120 shops across the country this year.",
    "The council has closed 14 schools as pupil numbers fell.",
])
def test_facilities_closed_in_a_report_of_peace_are_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


def test_facilities_closed_by_shelling_stay_a_claim() -> None:
    assert _kinds(_WAR + "The shelling has closed 14 schools.")["14"] == ("damaged", "school")


def test_structures_destroyed_in_peace_are_no_claim() -> None:
    assert _kinds("The wildfire destroyed 300 structures in the hills, the fire service said.") == {}


# --- a longer place between the noun and its verb


def test_a_five_word_place_before_the_verb() -> None:
    text = _WAR + "A trader said 120 shops on his side of Station Road were burned to the ground."
    assert _kinds(text)["120"] == ("destroyed", "shop")


def test_a_place_longer_than_five_words_still_stops_the_walk() -> None:
    text = _WAR + "A trader said 120 shops on the far side of the old Station Road bridge were burned."
    assert "120" not in _kinds(text)


# --- a hospital's intake


@pytest.mark.parametrize("sentence", [
    "The surgeon said her hospital took in 95 gunshot victims in two days.",
    "The district hospital has admitted 60 people since Monday.",
    "Doctors at the clinic said they received 35 people overnight.",
])
def test_people_a_hospital_takes_in_during_a_war_are_wounded(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert [m for m, _ in got.values()] == ["wounded"]


def test_a_part_of_those_taken_in_is_wounded_too() -> None:
    got = _kinds(_WAR + "The surgeon said her hospital took in 95 gunshot victims, 30 of them children.")
    assert got["95"][0] == "wounded" and got["30"] == ("wounded", "children")


@pytest.mark.parametrize("sentence", [
    "The district hospital admitted 60 people last winter.",  # no war
    "The hospital took in 70 patients during the flu season.",  # no war
])
def test_a_hospital_intake_in_peace_is_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


def test_a_hospital_intake_for_an_illness_is_no_claim() -> None:
    assert _kinds(_WAR + "The hospital admitted 40 children with cholera.") == {}


def test_an_intake_whose_part_alone_is_wounded_counts_the_part_only() -> None:
    got = _kinds(_WAR + "The field hospital took in 250 patients, 90 of them with blast injuries.")
    assert "250" not in got and got["90"][0] == "wounded"


def test_bodies_a_hospital_receives_stay_dead() -> None:
    assert _kinds(_WAR + "The hospital received 40 bodies overnight.")["40"][0] == "killed"


# --- relief camps


@pytest.mark.parametrize("camps", ["relief camps", "refugee camps", "relief shelters"])
def test_people_living_in_relief_camps_during_a_war_are_displaced(camps: str) -> None:
    assert _kinds(_WAR + f"By June some 90,000 people were living in {camps}.")["90,000"][0] == "displaced"


def test_children_in_summer_camps_are_no_claim() -> None:
    assert _kinds(_WAR + "In July 300 children were staying in summer camps.") == {}


def test_relief_camps_in_a_report_of_no_war_are_no_claim() -> None:
    assert _kinds("After the floods 9,000 people were living in relief camps.") == {}


# --- arrests in a report of deadly unrest


_UNREST = ("A mob stormed the market hall on Sunday night. At least 26 people were hacked to death, "
           "the district commissioner said. ")


@pytest.mark.parametrize("arrest", [
    "Police have arrested 33 people over the killings.",
    "Police detained 33 people after the violence at the hall.",
])
def test_arrests_after_deadly_unrest_are_claims(arrest: str) -> None:
    assert _kinds(_UNREST + arrest)["33"] == ("captured", "people")


@pytest.mark.parametrize("text", [
    "Forty officers were hurt during the riot in the town centre, and 33 people were arrested.",  # nobody killed
    "A man died after a brawl outside a bar. Police have arrested 33 people.",  # no unrest, one dead
    "Gang violence left two men dead. Police have arrested 33 people.",  # unrest, fewer than ten dead
    "Police arrested 33 people after 12 cars were stolen.",
])
def test_arrests_without_deadly_unrest_are_no_claims(text: str) -> None:
    assert "33" not in _kinds(text)


@settings(max_examples=40, deadline=None)
@given(dead=st.integers(min_value=0, max_value=400), held=st.integers(min_value=2, max_value=900))
def test_arrests_count_only_when_ten_or_more_are_killed_in_unrest(dead: int, held: int) -> None:
    text = (f"A mob stormed the market hall on Sunday night. {dead} people were hacked to death, "
            f"the commissioner said. Police have arrested {held} people over the killings.")
    got = {c.best: c.measure for c in _claims(text) if c.measure == "captured"}
    assert (float(held) in got) == (dead >= 10)


# --- a part placed "among them" at its sentence's end


@pytest.mark.parametrize(("before", "measure"), [
    ("Gunmen raided the village at dawn. The elders counted 40 dead.", "killed"),
    ("Shelling hit the town. About 300 people fled to the hills.", "displaced"),
])
def test_a_part_placed_among_the_count_before_shares_its_measure(before: str, measure: str) -> None:
    got = _kinds(before + " Three of our volunteers are among them.")
    assert got["Three"][0] == measure


def test_a_part_placed_among_no_harm_is_no_claim() -> None:
    got = _kinds(_WAR + "The choir has 40 singers. Three of our volunteers are among them.")
    assert "Three" not in got
