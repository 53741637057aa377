"""Claim-layer rules written after batch 27's first sight (tests/data/firstsight/README.md, "Claim layer"), each on
sentences written for this test, with the forms they must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_claims

PUBLISHED = date(2021, 6, 14)


def kinds(text: str) -> dict[str, tuple[str, str]]:
    return {c.number_text: (c.measure, c.subject) for c in extract_claims(text, published=PUBLISHED)}


# --- a running total told number first: "bringing to N the number of X killed" (extract/numbergiven.py) ---

@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Saturday's raid brings to 57 the number of people killed in the district since March.", "57",
         ("killed", "people")),
        ("Police shot dead four more gunmen, bringing to 11 the number of attackers killed this week.", "11",
         ("killed", "fighters")),
        ("The latest clash brought to 230 the number of civilians killed in the province this year.", "230",
         ("killed", "civilians")),
        ("The arrivals bring to about 4,000 the number of people who have fled the fighting since May.", "4,000",
         ("displaced", "people")),
        ("Troops killed two more, bringing to 9 the number of ABC/XYZ militants neutralised in two days.", "9",
         ("killed", "fighters")),  # a name with a slash before the noun
    ],
)
def test_running_total_told_number_first(text, number, expected):
    assert kinds(text).get(number) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new school brings to 14 the number of classrooms built by the charity.",
        "That takes to 30 the number of towns visited by the president.",
        "The win brings to 12 the number of titles won by the club, a record.",
    ],
)
def test_running_total_of_nothing_harmed_is_no_claim(text):
    assert kinds(text) == {}


# --- the army release's present tense and destroyed camps (assets/lexicons/claims.toml) ---

def test_capital_headline_with_neutralise_and_destroyed_camps():
    got = kinds("TROOPS NEUTRALISE 9 REBELS, DESTROY 2 CAMPS IN NORTH")
    assert got["9"][0] == "killed"
    assert got["2"] == ("destroyed", "camp")


def test_camps_destroyed_or_seized_by_a_verb():
    assert kinds("The troops also destroyed two camps used by the gunmen.")["two"] == ("destroyed", "camp")
    assert kinds("The army seized three camps from the rebels.")["three"] == ("seized", "camp")


@pytest.mark.parametrize(
    "text",
    [
        "Some 20,000 people live in two camps outside the town since the war began.",
        "Aid agencies run 12 camps in the province, where fighting continues.",
    ],
)
def test_camps_people_live_in_count_nothing(text):
    assert not any(subject == "camp" for _, subject in kinds(text).values())


def test_part_sent_to_camps_is_not_a_count_of_camps():
    text = ("The agency says more than 100,000 villagers have fled across the border since the war began, "
            "about 85,000 of them to camps in the hills.")
    got = kinds(text)
    assert got["85,000"][0] == "displaced"
    assert got["85,000"][1] != "camp"


# --- a list of deeds: a verb of sparing after the comma opens the next item (extract/phrase.py) ---

def test_rescued_after_a_comma_does_not_spare_the_dead_before_it():
    got = kinds("Troops killed 47 rebels, rescued 31 hostages and arrested 112 suspects in the war-torn north.")
    assert got["47"] == ("killed", "fighters")
    assert got["112"][0] == "captured"
    assert "31" not in got  # the house: the rescued are no claim


def test_rescued_still_spares_its_own_noun():
    assert kinds("Two soldiers, rescued by villagers, survived the ambush in the war-torn north.") == {}


# --- injuries sustained or suffered (assets/lexicons/claims.toml [verbs] wound) ---

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("One soldier was killed by the rebels, while two others sustained injuries.", "two"),
        ("Four policemen suffered gunshot wounds when militants attacked the post.", "Four"),
    ],
)
def test_injuries_sustained_are_wounded(text, number):
    assert kinds(text)[number][0] == "wounded"


def test_losses_sustained_are_no_wounded():
    assert kinds("The firm sustained injuries to its reputation and lost 40 clients last year.") == {}


# --- raiders are armed men (assets/lexicons/claims.toml [nouns.fighter]) ---

def test_raiders_killed_are_fighters():
    assert kinds("Four of the raiders were shot dead by police after the clashes.")["Four"] == ("killed", "fighters")


def test_corporate_raiders_count_nothing():
    assert kinds("Corporate raiders bought 12 companies last year.") == {}


# --- the number of X killed linked by a copula (extract/numbergiven.py) ---

@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The number of soldiers and police killed in the attack is 12.", "12", "killed"),
        ("An official told me the number of militants killed was closer to 20.", "20", "killed"),
        ("The number of people displaced by the fighting stood at 40,000 in May.", "40,000", "displaced"),
    ],
)
def test_number_of_x_done_is_n(text, number, measure):
    assert kinds(text)[number][0] == measure


def test_number_of_visitors_is_n_is_no_claim():
    assert kinds("The number of visitors to the museum was 12,000.") == {}


# --- an adverb between the auxiliary and the verb: "have already fled", "have since fled" (extract/phrase.py) ---

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Aid workers say hundreds of families have already fled on foot to the camp.", "hundreds"),
        ("Some 300 families have since fled the fighting in the district.", "300"),
    ],
)
def test_adverb_after_have(text, number):
    assert kinds(text)[number][0] == "displaced"
