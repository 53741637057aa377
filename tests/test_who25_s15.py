"""Side and subject rules written after batch 25's first sight (tests/data/firstsight/README.md, "Side").

Every sentence is written for the test, about other places than the batch's; each rule has sentences it must not
reach: extract/civiliantarget.py (an attack on a civilian target told in the headline or lead), extract/statemen.py
(`home_state`: a state's men in its own land; `police_officers`), extract/sides.py (attackers named by their deed,
"N of them soldiers" making a toll mixed), extract/civilianwords.py (`apposed_civilians`), "in connection with"
(suspects) and the health facilities' subject.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract
from extract.civiliantarget import civilian_target_report
from extract.civilianwords import apposed_civilians


def claims(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.number_text, c.measure, c.subject, c.side)
            for c in extract.extract_claims(text, published=date(2022, 5, 6), outlet="Test Wire")]


def sides(text: str) -> dict[str, str]:
    return {n: side for n, _, _, side in claims(text)}


def subjects(text: str) -> dict[str, str]:
    return {n: subject for n, _, subject, _ in claims(text)}


# --------------------------------------------------------------------------- an attack on a civilian target

_REPORT = ("Gunmen open fire on {t} near Tarin\n\nStaff Reporter\n\nTARIN: Unidentified gunmen opened fire on {t} "
           "near Tarin on Monday, officials said.\n\nThe convoy was travelling to the provincial capital. The road "
           "stayed closed for hours. Traffic resumed in the evening. Officials gave no reason for the delay.\n\n"
           "Doctors at the district hospital said they had received 17 bodies and treated 30 wounded.\n\n"
           "According to a tally kept by this newspaper, 60 people have died in sectarian clashes in the district "
           "since March.")


def test_the_dead_of_an_attack_on_passengers_are_civilians_far_from_the_lead():
    got = sides(_REPORT.format(t="a convoy of passenger vehicles"))
    assert got["17"] == got["30"] == "civilian"
    assert got["60"] == "unknown"  # the district's clashes since March: a period's toll of the war at large


@pytest.mark.parametrize("target", ["a police escort and a convoy of passenger vehicles", "a convoy of trucks"])
def test_no_civilian_target_or_an_armed_one_beside_it_leaves_the_dead_unknown(target):
    got = sides(_REPORT.format(t=target))
    assert got["17"] == got["30"] == "unknown"


@pytest.mark.parametrize("lead, expected", [
    ("Raiders burn three villages in Kebbi\n\nArmed raiders attacked three villages in Kebbi state overnight.", True),
    ("Soldiers accused of raid on hamlet\n\nSoldiers attacked a hamlet near Ombe, witnesses say, and burned it.", True),
    ("Gunmen attack synagogue and police post in Kursk\n\nGunmen attacked a synagogue and a police post.", False),
    ("Army retakes hill near Ombe\n\nThe army said it had attacked rebel positions on the hill overnight.", False),
])
def test_civilian_target_report(lead, expected):
    assert civilian_target_report(lead + "\n\nMore follows later in the day, officials in the capital said.") is expected


# --------------------------------------------------------------------------- the state's men in its own land

def test_police_killed_in_a_state_named_as_the_place_are_that_states():
    text = ("TOMSK, Russia, May 3 (Test Wire) - Armed men attacked a checkpoint in Russia's Tomsk region on Friday, "
            "killing eight police officers, officials said.")
    assert sides(text)["eight"] == "russia"


def test_police_killed_in_a_state_that_is_no_side_stay_unknown():
    text = "Armed men attacked a checkpoint in Ukraine's Sumy region on Friday, killing eight police officers."
    assert sides(text)["eight"] == "unknown"


# --------------------------------------------------------------------------- attackers

def test_attackers_do_not_take_the_side_of_the_state_named_as_the_place():
    text = ("Armed men stormed a police station in Russia's Kabardino-Balkaria republic on Monday. Officials said "
            "five of the attackers were killed.")
    assert sides(text)["five"] == "unknown"


def test_attackers_keep_the_side_named_as_the_doer():
    text = ("Russian troops tried to retake the village of Orlivka but were turned back. Ukrainian officials said "
            "about 40 attackers were killed.")
    assert sides(text)["40"] == "russia"


# --------------------------------------------------------------------------- a mixed toll, civilians in apposition

def test_a_toll_with_a_part_of_soldiers_is_mixed():
    assert sides("Officials said 31 people were wounded, 9 of them soldiers, in the blast at the bus station.")[
        "31"] == "unknown"
    assert sides("Officials said 31 people were wounded, 9 of them children, in the blast at the bus station.")[
        "31"] == "civilian"


@pytest.mark.parametrize("tail, expected", [
    ("six people, two women and four children.", "civilian"),
    ("six people, two women and four soldiers.", "unknown"),
    ("six people, two women and four children among them.", "unknown"),
])
def test_a_toll_spelt_out_as_civilians(tail, expected):
    assert sides("The army said the fighting on the hill had killed " + tail)["six"] == expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ,.;12and", max_size=40))
def test_apposed_civilians_never_fails(tail):
    text = "killed five people" + tail
    assert apposed_civilians(text, len("killed five people"), len(text)) in (True, False)


# --------------------------------------------------------------------------- subjects

def test_officers_in_a_passage_about_the_police_are_police():
    assert subjects("Police in Kandor said their post came under fire overnight. Four officers were killed in the "
                    "war.")["Four"] == "police"
    assert subjects("The army said its base came under fire overnight. Four officers were killed in the war.")[
        "Four"] == "officers"


def test_people_arrested_in_connection_with_an_attack_are_suspects():
    assert subjects("The fighting went on. Police said 11 people had been arrested in connection with the "
                    "bombing.")["11"] == "suspects"
    assert subjects("The fighting went on. Police said 11 people had been arrested for looting after the "
                    "bombing.")["11"] == "people"


def test_health_facilities_are_written_as_such():
    assert subjects("The war went on. Shelling damaged 4 health facilities in the district.")["4"] == "health facility"
