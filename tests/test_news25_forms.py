"""Forms general news 25 showed (session 19): a maker's model number pluralised is a name, a year before a plural
possessive dates the thing owned, and crime and public order in a report of peace are no armed conflict (a war on
drugs' arrests, a gang's feud or shooting, police hurt in a riot, a strike's arrests). Sentences written for this
test; the file itself is the check (tests/test_general_quantities.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities


def _found(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.kind) for q in find_quantities(text)]


def _claims(text: str) -> list[str]:
    return [c.number_text for c in extract_claims(text)]


@pytest.mark.parametrize("text,want", [
    ("The carrier will retire its last six Embraer 190s next spring.", [("six", "number"), ("190", "name")]),
    ("Three Boeing 777s sat on the apron.", [("Three", "number"), ("777", "name")]),
    ("Collectors paid record sums for Porsche 911s this year.", [("911", "name")]),
])
def test_a_makers_model_number_pluralised_is_a_name(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,want", [
    ("Most Boeing engineers are in their 50s.", [("50s", "age")]),  # a decade of age after a plain word
    ("The Boeing plant opened in the 1960s.", [("1960s", "year")]),
    ("Sales of Porsche cars fell in the 1990s.", [("1990s", "year")]),
])
def test_a_decade_away_from_a_makers_name_stays_a_decade(text, want):
    assert _found(text) == want


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Boeing", "Airbus", "Embraer", "Cessna", "Bombardier", "Porsche", "Ferrari"]),
       st.integers(min_value=100, max_value=999))
def test_any_model_number_after_a_maker_keeps_its_digits_as_a_name(maker, n):
    text = f"The firm sold its {maker} {n}s last year."
    got = [q for q in find_quantities(text) if q.surface.startswith(str(n))]
    assert [(q.surface, q.kind) for q in got] == [(str(n), "name")]


@pytest.mark.parametrize("text,want", [
    ("After the 1972 dockers' strike the port shrank.", [("1972", "year")]),
    ("Since the 2011 students\u2019 protest the fees have doubled.", [("2011", "year")]),
])
def test_a_year_before_a_plural_possessive_and_its_singular_noun_is_a_year(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,want", [
    ("The 2000 miners' families were moved to the coast.", [("2000", "number")]),  # the owned noun is plural
    ("Volunteers tended the 1500 soldiers' graves.", [("1500", "number")]),
])
def test_a_count_of_owners_before_a_plural_noun_stays_a_count(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text", [
    "In what the mayor calls a war on drugs, officers arrested 85 people in dawn raids.",
    "During the 1972 dockers' strike, 240 men were arrested and 95 were charged.",
    "Two teenagers were killed in a gang feud in Leicester last month, police said.",
    "A rival gang shot dead three men outside a nightclub, and two others were wounded.",
    "The leader of the drug gang was jailed for a shooting that left three men dead.",
    "Thirty police officers were hurt in a riot in the town centre on Saturday.",
])
def test_crime_and_public_order_in_a_report_of_peace_give_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text,want", [
    # a real war beside the drug war, or a drug war's killings: claims
    ("Police detained 60 suspects in the drugs war, and an air strike on a rebel camp killed 14.", ["60", "14"]),
    ("The drug war has killed 420 people in the province this year.", ["420"]),
    ("Soldiers arrested 85 people in the war against the rebels.", ["85"]),
    # gangs at war: their violence, armed acts or weapons of war are named
    ("Gang violence killed 300 people in the capital and forced 20,000 from their homes, the UN said.",
     ["300", "20,000"]),
    ("Police killed 9 gang members in a raid as gunmen fired grenades from drones.", ["9"]),
    ("The drug gang ambushed a patrol, killing 6 soldiers.", ["6"]),
    # police or rivals killing a gang's own members, or an operation's dead: the held-out reports count them
    ("Police killed five men of a drug gang in a raid.", ["five"]),
    ("Police shot dead 5 members of a street gang.", ["5"]),
    ("Officers shot dead 12 gang members during an operation in the slum.", ["12"]),
    # ethnic rioting with soldiers deployed; the dead of any riot; those a riot hurts other than police
    ("Ethnic rioting left 40 police officers injured, and soldiers were deployed.", ["40"]),
    ("Five people died in the riot in the city centre.", ["Five"]),
    ("Rioters injured 12 protesters and 20 police officers.", ["12", "20"]),
    # an air strike is no workers' strike
    ("The air strike killed 12, and soldiers arrested 30 men.", ["12", "30"]),
])
def test_war_gang_war_and_deadly_riots_stay_claims(text, want):
    assert _claims(text) == want
