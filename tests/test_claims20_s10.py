"""Claim-layer rules written after batch 20's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: a part "of them" with its own verb ("40 of them were captured", extract/phrase.py); people not
back home (extract/notreturned.py), sleeping in schools, helped to leave, still in hospital, believed held, handed
over (the lexicon); people treated by hospitals in a war (extract/treatedwar.py); a side's toll put at a number
and a headline's "US DEAD NOW 23" (extract/numberof.py); men a country mobilised (extract/mobilised.py); a
facility "used by" someone (no attack: the lexicon's `use` verbs); relief aircraft and lorries
(extract/relieftransport.py); a script's picture notes (extract/picturenotes.py); the state's men given no rebel side by the passage (extract/statemen.py);
Soviet forces as russia; people held in a crackdown on protest (extract/crackdown.py); mine accidents in a
report of landmines (extract/mineaccidents.py); an owner named on the noun (extract/statemen.py); label rows with a
part after them or "between" (extract/labelrows.py); and the lexicon's new words (airfields, defenders, "under army control", "numbered", "police officer", "formally arrested").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2023, 5, 4))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


def measures(text: str) -> dict[str, str]:
    """number_text -> measure of the claims of `WAR + text`."""
    return P.measures(WAR + text)


# --------------------------------------------------------------------------- a part "of them" and its verb (phrase.py)

@pytest.mark.parametrize("text, number, measure", [
    ("About 300 guerrillas raided the depot; 45 of them were captured.", "45", "captured"),
    ("The regiment sent 900 soldiers over the pass, and 70 of them were killed.", "70", "killed"),
    ("Some 640 troops defended the town until it fell, when 410 of them were taken prisoner.", "410", "captured"),
    ("Roughly 200 militiamen held the ridge; 30 of them were wounded.", "30", "wounded"),
])
def test_a_part_of_a_force_takes_its_own_verb(text, number, measure):
    assert measures(text)[number] == measure


def test_a_part_of_a_force_keeps_the_forces_side_and_subject():
    got = kinds("Some 300 rebels attacked the garrison at dawn; 60 of them were captured.")
    assert got["60"] == ("captured", "fighters", "opposition")


def test_a_part_with_no_verb_of_its_own_is_still_a_part():
    # "of them" and no verb after: the part of the force stays a force (no harm said)
    assert measures("The army moved 500 soldiers to the border, 200 of them from the capital.").get("200") != "captured"


# --------------------------------------------------------------------------- people not back home (notreturned.py)

@pytest.mark.parametrize("text, number", [
    ("About 1,800 families have not returned to their villages since the shelling.", "1,800"),
    ("Some 600 residents have not yet gone back to their homes in the valley.", "600"),
    ("Thousands of farmers have not returned home because the fields are mined.", "Thousands"),
])
def test_people_not_back_home_in_a_war_are_displaced(text, number):
    assert measures(text)[number] == "displaced"


@pytest.mark.parametrize("text", [
    "Twelve climbers have not returned from the summit, the club said.",  # no home named
    "About 40 soldiers were not hurt in the blast.",  # a plain "not": no harm
])
def test_not_returned_reaches_only_a_home_not_returned_to(text):
    assert not {n: m for n, m in measures(text).items() if m == "displaced"}


def test_not_returned_needs_a_war():
    assert P.claims("About 300 families have not returned to their homes since the flood waters rose.") == []


# --------------------------------------------------------------------------- displacement and hospital words (lexicon)

@pytest.mark.parametrize("text, number, measure", [
    ("Priests say some 7,000 people are sleeping in churches in the old quarter.", "7,000", "displaced"),
    ("Nearly 900 villagers are sleeping in the open near the bridge.", "900", "displaced"),
    ("Forty foreign workers have been helped to leave by their embassies.", "Forty", "displaced"),
    ("Medics treated 300 people, of whom 45 remain in hospital.", "45", "wounded"),
    ("The eight others are believed to be held in a cellar near the port.", "eight", "captured"),
    ("Of the 50 hostages, 20 were handed over to the mediators on Sunday.", "20", "captured"),
    ("Officials said 60 had given themselves up and 14 others were officially detained.", "14", "captured"),
])
def test_displacement_hospital_and_holding_in_other_words(text, number, measure):
    assert measures(text)[number] == measure


def test_a_bare_number_still_in_hospital_is_no_force():
    assert measures("Another 30 are still in hospital in the capital.").get("30") in (None, "wounded")


# --------------------------------------------------------------------------- treated by hospitals (treatedwar.py)

@pytest.mark.parametrize("text, number", [
    ("Hospitals in the besieged city have treated 1,250 people since Monday.", "1,250"),
    ("Doctors at the district clinic treated about 300 civilians overnight.", "300"),
])
def test_people_treated_by_hospitals_in_a_war_are_wounded(text, number):
    assert measures(text)[number] == "wounded"


@pytest.mark.parametrize("text", [
    "The field clinic treated 400 children for measles in March.",  # treated for an illness
    "The spa treated 40 guests to a massage.",  # no hospital or medics
])
def test_treated_for_something_else_is_no_wound(text):
    assert "wounded" not in measures(text).values()


def test_treated_needs_a_war():
    assert P.claims("Hospitals in the county have treated 580 people this winter.") == []


# --------------------------------------------------------------------------- a side's toll (numberof.py)

@pytest.mark.parametrize("text, number, measure, side", [
    ("Washington now puts the number of Americans killed at 31.", "31", "killed", "us"),
    ("The ministry puts the number of Russians wounded at about 900.", "900", "wounded", "russia"),
])
def test_number_of_a_sides_people_put_at_a_figure(text, number, measure, side):
    assert kinds(text)[number] == (measure, "people", side)


@pytest.mark.parametrize("text, number", [
    ("LATE NEWS: US DEAD NOW 31", "31"),
    ("GULF WAR - US DEATH TOLL RISES TO 58", "58"),
])
def test_a_headlines_side_toll(text, number):
    assert P.kinds(text)[number] == ("killed", "people", "us")


@pytest.mark.parametrize("text", [
    "The census puts the number of Americans over 65 at 56 million.",  # no harm
    "FLOOD DEAD NOW 31",  # no side
])
def test_side_tolls_need_a_side_and_a_harm(text):
    assert P.claims(text) == []


# --------------------------------------------------------------------------- a force raised (mobilised.py)

@pytest.mark.parametrize("text, number", [
    ("Of the 180,000 men Paraguay raised, few came home unhurt.", "180,000"),
    ("The 35,000 men the junta called up were sent to the coast.", "35,000"),
])
def test_men_a_country_raised_are_a_force(text, number):
    assert kinds(text)[number][:2] == ("forces", "troops")


def test_men_harmed_by_the_clause_are_no_force():
    assert P.claims(WAR + "The 200 men the militia killed were buried in the square.") == []


# --------------------------------------------------------------------------- no claim (picturenotes, relief, facilities)

@pytest.mark.parametrize("text", [
    "VO over pictures: four soldiers stand by a burned bus.",
    "GVs of the market: 30 people queue for bread.",
    "PIX: two tanks at the crossing.",
    "Twelve aircraft chartered by the Red Cross have landed with 90 tonnes of food.",
    "Some 40 lorries carrying flour and blankets reached the town on Monday.",
    "Troops searched 60 houses used by the militia.",
])
def test_pictures_relief_and_searches_are_no_claims(text):
    assert P.claims(WAR + text) == []


@pytest.mark.parametrize("text, number, measure", [
    ("Shots rang out: three soldiers were killed.", "three", "killed"),  # no picture cue
    ("The army sent 40 trucks with troops and ammunition to the front.", "40", "forces"),  # no relief
    ("Rebels shelled 12 schools used as shelters.", "12", "damaged"),  # another verb acts on them
])
def test_what_those_rules_must_not_reach(text, number, measure):
    assert measures(text)[number] == measure


# --------------------------------------------------------------------------- sides (statemen.py, Soviet forces)

@pytest.mark.parametrize("text, number, side", [
    ("The rebels stormed the barracks at dawn. Fourteen soldiers were killed.", "Fourteen", "regime"),
    ("One officer was wounded when the convoy was ambushed.", "One", "regime"),
    ("A Soviet spokesman said 25 Soviet soldiers had been injured.", "25", "russia"),
    ("Red Army units stormed the station and 40 Red Army soldiers were wounded.", "40", "russia"),
])
def test_the_states_men_and_soviet_forces(text, number, side):
    assert kinds(text)[number][2] == side


def test_a_side_named_on_the_noun_still_wins():
    assert kinds("The rebels said 40 of their fighters were killed.")["40"][2] == "opposition"


# --------------------------------------------------------------------------- lexicon words

@pytest.mark.parametrize("text, number, measure", [
    ("Paratroopers seized three airfields in the first hours.", "three", "seized"),
    ("Officials say 23 buildings are now under army control.", "23", "seized"),
    ("About 700 defenders held the citadel for a month.", "700", "forces"),
    ("The column numbered some 80 tanks and armored vehicles.", "80", "forces"),
    ("Police say 11 civilians and one police officer were killed in the riot.", "11", "killed"),
    ("Police say 11 civilians and one police officer were killed in the riot.", "one", "killed"),
])
def test_new_words_of_the_lexicon(text, number, measure):
    assert measures(text)[number] == measure


# --------------------------------------------------------------------------- label rows (labelrows.py)

_ROWS = "Demining after the war: the survey's figures\n\n"


@pytest.mark.parametrize("row, number, measure", [
    ("Landmines lifted since the clearance began in 1996: 52,300, of them 8,100 in the east\n", "52,300", "destroyed"),
    ("Landmines lifted since the clearance began in 1996: 52,300, of them 8,100 in the east\n", "8,100", "destroyed"),
    ("Civilians killed: 140, of whom 51 were children.\n", "140", "killed"),
])
def test_a_row_with_a_part_after_it(row, number, measure):
    assert P.measures(_ROWS + row)[number] == measure


def test_a_row_goes_on_as_a_sentence_is_no_row():
    # a sentence after the colon, not a part "of them": the row rule does not read it as its value
    assert P.measures(_ROWS + "Update: 40, the army said, was too low a count.\n") == {}


# --------------------------------------------------------------------------- detainees of a crackdown (crackdown.py)

@pytest.mark.parametrize("text, number", [
    ("Police broke up the demonstration on the square. More than 600 people have been detained.", "600"),
    ("After the protests, 75 people were arrested in the old town.", "75"),
])
def test_people_held_in_a_crackdown_are_civilians(text, number):
    assert kinds(text)[number][:1] == ("captured",) and kinds(text)[number][2] == "civilian"


@pytest.mark.parametrize("text, number", [
    ("After the riots, police detained 900 people suspected of taking part.", "900"),  # suspects
    ("Troops arrested 210 men in raids on militia hideouts.", "210"),  # no protest told
])
def test_suspects_and_raids_are_not_made_civilians(text, number):
    assert kinds(text)[number][2] != "civilian"


# --------------------------------------------------------------------------- mine accidents (mineaccidents.py)

_MINES = "Landmines laid in the war still cover the border districts, and deminers clear them field by field. "


@pytest.mark.parametrize("text, number", [
    ("The survey counted 37 mine accidents last year, nine of them fatal.", "37"),
    ("Demining report: 52 accidents recorded in 1999.", "52"),
])
def test_mine_accidents_in_a_report_of_landmines_are_attacks(text, number):
    assert P.kinds(_MINES + text)[number] == ("attacks", "mine accident", "unknown")


def test_mine_accidents_in_a_coal_field_are_no_claim():
    assert P.claims("Safety inspectors recorded 41 mine accidents in the coal field last year.") == []


def test_people_killed_in_mine_accidents_are_counted_as_people():
    assert P.kinds(_MINES + "Nine people were killed in mine accidents last year.")["Nine"][0] == "killed"


# --------------------------------------------------------------------------- an owner named on the noun (statemen.py)

def test_an_owner_named_by_a_possessive_is_no_side_of_the_doer():
    assert kinds("US officials say about 1,800 of Kabila's soldiers have been taken prisoner.")["1,800"] == (
        "captured", "troops", "unknown")


def test_a_side_named_by_a_possessive_keeps_its_side():
    assert kinds("The army said 40 of Assad's soldiers were killed.")["40"][2] == "regime"


# --------------------------------------------------------------------------- treated at a hospital (lexicon)

def test_an_elliptic_count_treated_at_a_hospital_is_wounded():
    text = "The hospital has admitted 900 wounded since Monday. Another 250 are being treated at the field hospital."
    assert measures(text)["250"] == "wounded"


def test_places_treated_at_are_no_wounded():
    assert measures("The wounded were treated at 40 clinics across the province.") == {}


# --------------------------------------------------------------------------- money still needed (lexicon money_asked)

def test_a_shortfall_in_a_war_report_is_funding():
    text = "The demining programme needs $14 million to clear the north; a shortfall of $3.2 million is expected."
    assert measures(text)["$3.2 million"] == "funding"


def test_a_shortfall_of_peace_is_no_claim():
    assert P.claims("The city faces a shortfall of $3.2 million in its parks budget this year.") == []


# --------------------------------------------------------------------------- bugs left from session 9 (sides)

def test_besieged_soldiers_are_not_the_besiegers():
    assert kinds("About 350 soldiers are besieged in the hilltop fort.")["350"][2] == "regime"


@pytest.mark.parametrize("text, number", [
    ("A rebel commander said 15 of their men were killed in the ambush.", "15"),
    ("The rebels said they had lost 15 of their men.", "15"),
])
def test_their_men_after_a_sides_speaker_are_that_sides(text, number):
    assert kinds(text)[number][2] == "opposition"


def test_their_men_killed_by_the_speaker_are_not_the_speakers():
    assert kinds("Government forces said they killed 30 of their fighters.")["30"][2] != "regime"
