"""Claim-layer rules written after batch 24's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence is written for the test, in other words than the batch's; each rule has sentences it must not reach:
extract/gamepieces.py (a wargame's rules count pieces and turns), extract/freedcaptives.py (people freed or
released had been taken captive: session 14's team decision), extract/forceframes.py (men counted as a force by
their frame), extract/answerturns.py (a bare answer counts what the question asked), extract/tollgiven.py's second
head and "nearer", the qualifiers "never more than" and "nearer", "went into captivity" and "intruders".
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract
from extract.gamepieces import game_rule
from extract.wordset import words_of
from tests.claim_probe import ClaimProbe

P = ClaimProbe(date(2021, 3, 4))
WAR = " The war went on for months."  # a sentence naming a war, so that forces are in scope


def found(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.number_text: (c.measure, c.subject, c.qualifier) for c in P.extracted(text)}


# --------------------------------------------------------------------------- game furniture

@pytest.mark.parametrize("text", [
    "Red player: 6 brigades in hexes 1203-1710 on the river line; 4 armour counters.",
    "The Blue player wins if at least 3 pockets are destroyed by the end of turn 9.",
    "Each Red artillery counter has 2 steps; the Red player loses a step for every 3 hits.",
])
def test_game_rules_count_nothing(text):
    assert found(text + WAR).keys() <= {"months"}
    assert game_rule(words_of(text))


@pytest.mark.parametrize("text, number", [
    ("In the war the defending division, some 14,000 men, held the pass for a week.", "14,000"),
    ("The militia in turn killed 12 soldiers at the bridge.", "12"),
    ("Three football players were killed when a shell hit the stadium during the war.", "Three"),
    ("The counter-attack of the war killed 40 soldiers.", "40"),
])
def test_history_beside_a_game_keeps_its_figures(text, number):
    assert number in found(text + WAR)
    assert not game_rule(words_of(text))


# --------------------------------------------------------------------------- people freed

@pytest.mark.parametrize("text, number", [
    ("Commandos freed 14 hostages from the farmhouse.", "14"),
    ("The two armies exchanged 60 prisoners at the bridge.", "60"),
    ("Nine soldiers were released by the rebels on Sunday.", "Nine"),
    ("The gang released 7 villagers it had kidnapped in the raid.", "7"),
])
def test_people_freed_were_captives(text, number):
    assert found(text + WAR)[number][0] == "captured"


@pytest.mark.parametrize("text, number", [
    ("The clinic released 25 patients after the shelling stopped.", "25"),
    ("Rescuers freed 6 people trapped under the rubble after the air strike.", "6"),
    ("The sanctuary freed 30 birds after the war.", "30"),
])
def test_people_freed_from_no_captivity_are_no_claim(text, number):
    assert number not in found(text + WAR)


def test_reserves_are_not_captives():
    assert found("In the war 3,000 troops were still held in reserve.")["3,000"][0] == "forces"


# --------------------------------------------------------------------------- force frames

@pytest.mark.parametrize("text, number", [
    ("By May the besieged garrison numbered some 6,200 men.", "6,200"),
    ("The 3rd Brigade, about 4,000 men with 20 guns, moved up the valley.", "4,000"),
    ("The 9th Regiment, between 1,800 and 2,200 men, held the crossing.", "1,800 and 2,200"),
    ("The bridge was held by 85 men.", "85"),
    ("General Ortega's 3,100 men dug in on the ridge.", "3,100"),
    ("About 900 men of the 2nd Battalion went ashore at dawn.", "900"),
    ("Of some 30,000 Canadians who served in the campaign, 1,200 died.", "30,000"),
    ("Major Dube's scouts, never more than 400 strong, held the ford.", "400"),
    ("Some 2,000 intruders had crossed the line of control.", "2,000"),
])
def test_men_in_a_force_frame_are_forces(text, number):
    assert found(text + WAR)[number][:2] == ("forces", found(text + WAR)[number][1])
    assert found(text + WAR)[number][0] == "forces"


@pytest.mark.parametrize("text, number", [
    ("The town's 300 men were away at the harvest during the war.", "300"),
    ("Some 200 men, women and children sheltered in the church during the war.", "200"),
    ("Some 50 men of the old 4th Battalion held a reunion in Leeds, decades after the war.", "50"),
    ("The factory's 500 men went on strike during the war.", "500"),
])
def test_men_without_a_force_frame(text, number):
    assert found(text).get(number, ("",))[0] != "forces"


def test_never_more_than_and_nearer_bound_the_figure():
    q = {x.surface: x for x in extract.find_quantities("never more than 900 strong; nearer 3,000 dead")}
    assert (q["900"].qualifier, q["900"].low, q["900"].high) == ("at_most", None, 900.0)
    assert q["3,000"].qualifier == "approx"


# --------------------------------------------------------------------------- tolls given

def test_second_head_of_a_given_toll():
    got = found("The ministry gives its dead as 312 and its wounded as 950." + WAR)
    assert got["312"][0] == "killed" and got["950"][0] == "wounded"


def test_a_toll_put_nearer_a_figure():
    got = found("Later research puts the 12th Division's dead nearer 2,300; the old figure is too high." + WAR)
    assert got["2,300"][:1] == ("killed",) and got["2,300"][2] == "approx"


def test_and_head_needs_a_verb_of_giving():
    assert found("The regiment lost 40 men and its wounded as 12 were carried off.").get("12", ("",))[0] != "wounded"


def test_went_into_captivity():
    assert found("After the siege 6,400 men went into captivity." + WAR)["6,400"][0] == "captured"


# --------------------------------------------------------------------------- answer turns

_HEARING = """Hearing on the border war.

COUNSEL: How many soldiers crossed the river that night?
WITNESS: About 600.
COUNSEL: How old were you then?
WITNESS: 19.
COUNSEL: What year did you enlist?
WITNESS: 1998.
COUNSEL: How many children do you have?
WITNESS: Three.
COUNSEL: How many soldiers were killed at the ford?
WITNESS: Eleven.
"""


def test_a_bare_answer_counts_what_was_asked():
    got = {c.number_text: c.measure for c in extract.extract_claims(_HEARING)}
    assert got.get("600") in ("forces", "displaced") and got.get("Eleven") == "killed"
    assert "19" not in got and "1998" not in got and "Three" not in got


def test_an_answer_saying_more_is_read_as_it_stands():
    text = "Hearing on the war.\n\nCOUNSEL: How many men landed?\nWITNESS: I counted 600 sheep in the field.\n"
    assert "600" not in {c.number_text for c in extract.extract_claims(text)}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["COUNSEL:", "WITNESS:", "How many", "men", "landed", "?", "About", "600", ".",
                                 "killed", "\n", "were", "tanks", "Two", ":", "war"]), max_size=30))
def test_answer_turns_never_raise(parts):
    for c in extract.extract_claims(" ".join(parts)):
        assert c.measure
