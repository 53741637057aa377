"""Claim-layer rules written after batch 18's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: the lexicon's new words ("took the lives of", "the dead include", people "in hospital", people
"being held" or "held by" someone, evacuation by air or sea, "cases of arbitrary detention", detonators), a part
whose participle is on the whole ("one of 14 soldiers killed", extract/nonclaims.py), bodies that were never returned
(extract/phrase.py), "members of the unit" (extract/phrase.py), a vehicle's room and a roll of witnesses
(extract/capacitylists.py), and extract/phrasehints.py's "N strong", bodies recovered, weapons found in a search,
people wounded who then died and a closing "all of them civilians"; "1,000 Rifles members" (a unit named by its
arms, extract/phrase.py) and words of aid that name no kind of it ("emergency aid": aid, extract/money.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2021, 5, 4))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


def measures(text: str) -> dict[str, str]:
    """number_text -> measure of the claims of `WAR + text`."""
    return P.measures(WAR + text)


# --------------------------------------------------------------------------- the lexicon's new words

@pytest.mark.parametrize("text, number, measure", [
    ("The raid took the lives of 31 policemen.", "31", "killed"),
    ("An ambush had taken the lives of nine recruits.", "nine", "killed"),
    ("Twenty-two soldiers are in hospital in the capital.", "Twenty-two", "wounded"),
    ("Nine militiamen were still in hospitals after the clash.", "Nine", "wounded"),
    ("Some 25 marines are being held by the insurgents.", "25", "captured"),
    ("Some 40 police officers are held by the militia.", "40", "captured"),
    ("A chartered plane flew out 80 more from the airport.", "80", "displaced"),
    ("The navy ship was carrying 350 people taken off the island.", "350", "displaced"),
    ("The monitors documented 45 cases of arbitrary detention in 2019.", "45", "captured"),
])
def test_new_words_of_the_lexicon_give_the_measure(text, number, measure):
    assert measures(text).get(number) == measure


def test_the_dead_include_a_list():
    got = kinds("The dead included five guards, four nurses and six civilians.")
    assert {n: m for n, (m, _, _) in got.items()} == {"five": "killed", "four": "killed", "six": "killed"}
    assert got["six"][2] == "civilian"


def test_doctors_in_hospitals_stay_capacity():
    assert measures("Only 12 doctors remain in hospitals in the city.").get("12") == "capacity"


def test_tanks_held_by_a_side_stay_its_forces():
    assert measures("The army holds 200 tanks held by its reserve units.").get("200") == "forces"


def test_troops_airlifted_are_a_force_not_evacuees():
    assert measures("The air force airlifted 500 paratroopers to the front.").get("500") == "forces"


def test_a_plane_taking_off_with_passengers_is_no_claim():
    assert kinds("The plane took off with 120 passengers on board.") == {}


# --------------------------------------------------------------------------- a part whose participle is on the whole

@pytest.mark.parametrize("text", ["He was one of 14 soldiers killed in the ambush.",
                                  "The driver was one of the 14 soldiers killed in the ambush."])
def test_one_of_a_toll_counts_the_toll(text):
    assert kinds(text).get("14", ("",))[0] == "killed"


def test_the_whole_of_a_part_done_harm_after_an_auxiliary_stays_out():
    assert list(kinds("Two of its 22 crew were injured.")) == ["Two"]


# --------------------------------------------------------------------------- the dead named by their bodies

@pytest.mark.parametrize("text", ["The bodies of at least 21 villagers have never been given back.",
                                  "The bodies of 19 villagers have not been handed back to their families."])
def test_bodies_never_returned_are_still_the_dead(text):
    got = kinds(text)
    assert len(got) == 1 and next(iter(got.values()))[0] == "killed"


def test_people_not_hurt_stay_out():
    assert kinds("Twenty soldiers were not hurt.") == {}


@pytest.mark.parametrize("text, number", [("Her body was among the 27 exhumed from a pit near the camp.", "27"),
                                          ("Her body was one of 30 pulled from the river.", "30"),
                                          ("The remains of a further 12 were found in a well.", "12")])
def test_bodies_recovered_are_the_dead(text, number):
    assert measures(text).get(number) == "killed"


@pytest.mark.parametrize("text", ["Police recovered 12 children from the house.",
                                  "She was among the 20 recovered alive from the rubble."])
def test_people_recovered_without_bodies_are_no_toll(text):
    assert "killed" not in measures(text).values()


# --------------------------------------------------------------------------- members of a unit

def test_members_of_the_unit_are_fighters():
    assert kinds("Two members of the unit were shot dead.").get("Two", ("", ""))[:2] == ("killed", "fighters")


def test_members_of_a_hospital_unit_are_no_fighters():
    assert kinds("Seven members of the hospital's surgical unit were killed.")["Seven"][1] != "fighters"


# --------------------------------------------------------------------------- a vehicle's room, a roll of witnesses

@pytest.mark.parametrize("text", ["The landing craft, which can carry up to 300 marines and 10 armoured cars, left port.",
                                  "The transport plane is able to carry 120 soldiers.",
                                  "The ferry could hold 900 passengers."])
def test_a_vehicles_room_is_no_claim(text):
    assert kinds(text) == {}


def test_a_count_before_the_room_stays():
    got = measures("The ship carried 300 troops to the island and can hold 20 tanks.")
    assert got.get("300") == "forces" and "20" not in got


@pytest.mark.parametrize("text", ["The tribunal will hear 40 witnesses, among them 12 people injured in the blast.",
                                  "The panel invited 30 delegates, among them nine injured veterans."])
def test_a_part_of_a_roll_is_no_claim(text):
    assert kinds(text) == {}


def test_a_part_of_a_toll_stays():
    got = measures("The attack wounded 40 people, including 12 children.")
    assert got.get("40") == "wounded" and got.get("12") == "wounded"


# --------------------------------------------------------------------------- phrasehints

@pytest.mark.parametrize("text, number", [("The patrol was about 40 strong when it was ambushed.", "40"),
                                          ("A rebel column some 300 strong crossed the river.", "300"),
                                          ("The convoy, 60 strong, reached the town.", "60")])
def test_a_group_n_strong_is_a_force(text, number):
    assert kinds(text).get(number, ("", ""))[:2] == ("forces", "troops")


@pytest.mark.parametrize("text", ["The crowd was 5,000 strong.", "The union is 40,000 strong."])
def test_a_crowd_n_strong_is_no_force(text):
    assert kinds(text) == {}


@pytest.mark.parametrize("text", ["Officers searching the garage uncovered 20 detonators and three pistols.",
                                  "Troops raiding the camp discovered 40 mortar rounds."])
def test_weapons_found_in_a_search_are_seized(text):
    got = measures(text)
    assert got and set(got.values()) == {"seized"}


def test_weapons_found_without_a_search_are_not_seized():
    assert measures("Inspectors found that 40 tanks had been repaired.").get("40") != "seized"


def test_people_found_stay_the_people_counted_before():
    got = measures("Fifteen soldiers were killed. Twelve were found along the road and three near the base.")
    assert got == {"Fifteen": "killed", "Twelve": "killed", "three": "killed"}


@pytest.mark.parametrize("text, number", [
    ("Twelve soldiers were seriously injured and later succumbed to their wounds.", "Twelve"),
    ("Two were killed at once; the other nine were badly wounded and died in the night.", "nine")])
def test_wounded_who_then_died_are_dead(text, number):
    assert measures(text).get(number) == "killed"


@pytest.mark.parametrize("text", ["Twelve soldiers were wounded and two later died.",
                                  "Twelve soldiers were wounded, and the army said the fighting died down."])
def test_wounded_stay_wounded_when_others_die(text):
    assert measures(text).get("Twelve") == "wounded"


def test_all_of_them_civilians_names_the_dead():
    assert kinds("The hospital said nine people had died, all of them civilians.")["nine"] == (
        "killed", "civilians", "civilian")


def test_all_in_a_place_names_no_one():
    assert kinds("Nine people were killed, all in the market.")["Nine"][1] == "people"


# --------------------------------------------------------------------------- a unit named by its arms, words of aid

def test_members_of_a_unit_named_by_its_arms_are_people_not_guns():
    got = kinds("Some 300 Rifles members were arrested after the revolt.")
    assert got["300"][:2] == ("captured", "fighters")


def test_rifles_in_lower_case_stay_guns():
    assert kinds("Rebels seized 40 rifles from the depot.")["40"][:2] == ("seized", "firearm")


@pytest.mark.parametrize("text, subject", [
    ("The State Department announced $50 million in emergency aid for the refugees.", "aid"),
    ("Britain gave $3 million in humanitarian assistance to the displaced.", "aid"),
    ("Japan pledged $12 million in food aid for the refugees.", "food aid")])
def test_words_of_aid_naming_no_kind_are_aid(text, subject):
    got = kinds(text)
    assert len(got) == 1 and next(iter(got.values()))[:2] == ("funding", subject)


def test_all_of_them_names_only_the_last_count():
    got = kinds("Police said at least 30 people were arrested for looting; the dead numbered five by Monday, all of "
                "them civilians.")
    assert got["30"][1] == "people"


def test_a_party_n_strong_in_general_news_is_no_claim():
    assert P.claims("The party is now 40,000 strong, its secretary said.") == []
