"""Session 25, batch 35's claim-layer rules (sentences written for these tests, not taken from any gold text).

- "properties" are facilities of civilian life: counted when a verb of destruction or damage acts on them;
- "bulldozed" is a verb of destruction (in a report of war or unrest; a council's works stay no claim);
- "nationals" are people not in arms ("eight Danish nationals died"), as "citizens" are;
- the number after "speaks for" counts whom a body speaks for (a union's members), no capacity nor harm;
- people held "for questioning" in a report of a massacre or deadly riot (ten or more killed) are captured;
- a part of the people a hospital treated "still detained" is wounded (kept in hospital), not captured.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

_WAR = "Artillery shelled the northern suburbs again overnight. "


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    claims = extract_claims(text, published=date(2022, 3, 9), outlet="The Valley Courier")
    return {c.number_text: (c.measure, c.subject) for c in claims}


# --- properties


@pytest.mark.parametrize(("sentence", "measure"), [
    ("In the market quarter 27 properties were damaged by the blast.", "damaged"),
    ("Militiamen burned 45 properties along the river road.", "destroyed"),
    ("A further 18 properties on Quarry Lane had been destroyed.", "destroyed"),
])
def test_properties_harmed_are_counted(sentence: str, measure: str) -> None:
    got = _kinds(_WAR + sentence)
    assert [v for v in got.values() if v[1] == "property"] == [(measure, "property")]


def test_properties_with_a_part_aside_count_both() -> None:
    got = _kinds(_WAR + "Eight other properties near the depot had been damaged, 2 of them badly.")
    assert got.get("Eight") == ("damaged", "property")
    assert got.get("2") == ("damaged", "property")


@pytest.mark.parametrize("sentence", [
    "The agency sold 300 properties in the county last year.",
    "The landlord owns 12 properties on the seafront.",
    "Inspectors visited 40 properties after the flood warning.",
])
def test_properties_without_harm_are_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


# --- bulldozed


@pytest.mark.parametrize("sentence", [
    "Soldiers bulldozed 60 homes in the camp after the raid.",
    "Around 35 shops near the checkpoint were bulldozed.",
])
def test_buildings_bulldozed_in_war_are_destroyed(sentence: str) -> None:
    got = _kinds(_WAR + sentence)
    assert [v[0] for v in got.values() if v[1] in ("home", "shop")] == ["destroyed"]


@pytest.mark.parametrize("sentence", [
    "The council bulldozed 40 old houses to make way for the ring road.",
    "Workers have bulldozed 12 disused warehouses at the docks.",
])
def test_buildings_bulldozed_in_peace_are_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


# --- nationals


@pytest.mark.parametrize(("sentence", "number"), [
    ("Officials in Oslo said that eight Norwegian nationals died in the attack.", "eight"),
    ("Danish diplomats said 4 Danish nationals were wounded, and the Dutch foreign ministry said that two Dutch "
     "nationals died.", "4"),
    ("Gunmen seized 11 Korean nationals from the compound.", "11"),
])
def test_nationals_harmed_are_counted(sentence: str, number: str) -> None:
    got = _kinds(_WAR + sentence)
    assert got[number][1] == "nationals"


@pytest.mark.parametrize("sentence", [
    "About 300,000 of our nationals visit the island each year.",
    "The consulate has registered 2,400 Canadian nationals living in the city.",
])
def test_nationals_without_harm_are_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


# --- speaks for


_STRIKE = "An air strike destroyed the district hospital on Sunday night. "


@pytest.mark.parametrize("sentence", [
    "The Midwives' Federation, which speaks for some 6,500 midwives and nurses in 14 provinces, condemned the strike.",
    "The council, speaking for about 3,000 doctors across the north, called for an inquiry.",
])
def test_a_body_s_membership_is_no_claim(sentence: str) -> None:
    assert _kinds(_STRIKE + sentence) == {}


def test_harm_told_by_a_body_that_speaks_for_members_stays() -> None:
    got = _kinds(_STRIKE + "The federation, which speaks for 6,500 nurses, said 9 nurses were killed in the strike.")
    assert got == {"9": ("killed", "nurses")}


def test_a_spokesman_for_an_army_still_reports_its_toll() -> None:
    got = _kinds(_WAR + "The colonel, who speaks for the army, said 40 soldiers were killed.")
    assert got["40"][0] == "killed"


# --- held for questioning after a massacre


_MASSACRE = ("Attackers opened fire on a wedding party in the hill village on Friday. Officials say 23 guests were "
             "killed and 40 were hurt.\n\nThe regional governor has ordered an inquiry. ")


@pytest.mark.parametrize(("sentence", "number"), [
    ("Police say they have detained 17 men in the river district for questioning.", "17"),
    ("Some 25 people were taken in for questioning on Saturday, a police spokesman said.", "25"),
])
def test_held_for_questioning_after_a_massacre_are_captured(sentence: str, number: str) -> None:
    assert _kinds(_MASSACRE + sentence)[number][0] == "captured"


@pytest.mark.parametrize("sentence", [
    "Detectives investigating the jewellery robbery have detained 3 men for questioning.",
    "After the nightclub brawl in which two men died, police detained 12 people for questioning.",
])
def test_held_for_questioning_in_a_report_of_crime_is_no_claim(sentence: str) -> None:
    assert _kinds(sentence) == {}


# --- still detained in hospital


_BOMB = "A car bomb exploded outside the bus station on Sunday evening. "


@pytest.mark.parametrize(("sentence", "number"), [
    ("The county hospital had treated 48 people for injuries, among them 9 children, and 15 of them were still "
     "detained.", "15"),
    ("St Anne's Hospital admitted 31 people, and 6 of them were still being detained on Monday.", "6"),
])
def test_a_part_still_detained_in_hospital_is_wounded(sentence: str, number: str) -> None:
    assert _kinds(_BOMB + sentence)[number] == ("wounded", "people")


def test_a_part_of_the_arrested_still_detained_stays_captured() -> None:
    got = _kinds(_BOMB + "Police arrested 40 people after the bombing, and 19 of them were still detained.")
    assert got["19"][0] == "captured"
