"""Claim-layer rules written after batch 21's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: callsigns are names, never counts (extract/callsigns.py); a list under a label that is a verb of
harm (extract/verblabels.py); a weapon designator as the noun (extract/designators.py); a count whose noun is the
whole a sentence opens with (extract/ofthewhole.py); death sentences carried out (extract/executions.py); armed men
seen surrendering (extract/surrenders.py); the "to" of a change "from N ... to M" (extract/fromto.py); a figure
retracted "not N as we reported" (extract/corrections.py); a count word with an aside before its number
(extract/anaphora.py); bodies never recovered (extract/phrase.py); "the army grew from N men", the rebels "were 250
men" (extract/phraseparts.py); money to resettle refugees (extract/warcosts.py); people seized or interned are
civilian (extract/sides.py); rounds of a calibre (extract/designators.py); men of a force told before them
(extract/armedcounts.py); a place between a noun and its verb (extract/phrase.py); people listed as missing after an
aside (extract/missingheld.py); aircraft making an attack (extract/aircraftraids.py); and the lexicon's new words
(interned, left the district, left aboard, starved to death, bodies of water, money for resettlement and for the
victims' compensation).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2024, 2, 9))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


def measures(text: str) -> dict[str, str]:
    """number_text -> measure of the claims of `WAR + text`."""
    return P.measures(WAR + text)


# --------------------------------------------------------------------------- callsigns (callsigns.py)

@pytest.mark.parametrize("text, gone", [
    ("At 0930 three missiles were launched at VIPER 21 from the ridge; all missed.", "21"),
    ("Two rockets flew past COBRA 14, and the pilot turned west.", "14"),
    ("The convoy was spotted by EAGLE 3 and engaged by artillery.", "3"),
])
def test_a_callsign_is_no_count(text, gone):
    assert gone not in P.numbers(WAR + text)


@pytest.mark.parametrize("text, number", [
    ("Strikes hit the town: 12 killed, UN 40 wounded.", "40"),  # a word that may count follows
    ("REBELS KILL 32 IN RAID ON ARMY CAMP", "32"),  # a headline in capitals
])
def test_a_capitalised_word_before_a_count_still_counts(text, number):
    assert number in P.numbers(WAR + text)


# --------------------------------------------------------------------------- a label verb over a list (verblabels.py)

def test_a_list_under_a_label_of_harm_takes_the_labels_verb():
    got = measures("Destroyed: 3 T-62 tanks, 5 BTR carriers and 7 lorries.")
    assert got == {"3": "destroyed", "5": "destroyed", "7": "destroyed"}


def test_a_list_under_a_label_of_capture_takes_capture():
    got = kinds("Captured: 14 rifles and 40 soldiers.")
    assert got["14"][0] == "seized" and got["40"][0] == "captured"


@pytest.mark.parametrize("text", ["Note: 4 tanks stood by the bridge.", "Seen: 12 tanks near the river."])
def test_a_label_naming_no_harm_gives_no_verb(text):
    assert set(measures(text).values()) == {"forces"}


# --------------------------------------------------------------------------- designators (designators.py)

@pytest.mark.parametrize("text, number, subject", [
    ("The leader placed 2 AGM-65 on the trucks at the bridge.", "2", "missile"),
    ("Ordnance used: 6 GBU-12 and 300 rounds of ammunition.", "6", "bomb"),
    ("The flight dropped 4 Mk-84 over the depot.", "4", "bomb"),
])
def test_a_munition_named_by_its_designator_is_an_attack(text, number, subject):
    assert kinds(text)[number][:2] == ("attacks", subject)


@pytest.mark.parametrize("text, number", [
    ("The battalion had 30 T-55 at the start.", "30"),  # a tank's designator names no munition
    ("Section 3 AT-4 was closed.", "3"),
])
def test_a_designator_of_no_munition_is_not_read_as_one(text, number):
    assert kinds(text).get(number, ("",))[0] != "attacks"


# --------------------------------------------------------------------------- the whole a sentence opens with (ofthewhole.py)

@pytest.mark.parametrize("text, number, measure", [
    ("Of the 900 homes in the valley, about 600 were burned.", "600", "destroyed"),
    ("Of the 1,500 houses that stood in the quarters of Alpha, Beta and Gamma, some 700 were burned or blown up.",
     "700", "destroyed"),
    ("Among the villagers who fled, about 600 were wounded.", "600", "wounded"),
])
def test_a_part_takes_the_noun_of_the_whole_its_sentence_opens_with(text, number, measure):
    assert measures(text)[number] == measure


@pytest.mark.parametrize("text", [
    "Of the 900 homes in the valley, about 600 were built after 1990.",
    "Of the 900 homes in the valley, about 600 have roofs of tin.",
])
def test_a_part_with_no_harm_is_no_claim(text):
    assert "600" not in P.numbers(WAR + text) and "900" not in P.numbers(WAR + text)


# --------------------------------------------------------------------------- executions (executions.py)

@pytest.mark.parametrize("text", [
    "The military courts passed 88 death sentences that were carried out within the year.",
    "By the spring 88 death sentences had been carried out.",
])
def test_death_sentences_carried_out_are_killings(text):
    assert kinds(text)["88"] == ("killed", "people", "unknown")


def test_death_sentences_not_carried_out_are_no_claim():
    assert "88" not in P.numbers(WAR + "The tribunals passed 88 death sentences, most of them later commuted.")


# --------------------------------------------------------------------------- surrender (surrenders.py)

@pytest.mark.parametrize("text, number", [
    ("Some 400 enemy soldiers were seen leaving their trenches and walking towards our lines with hands raised.", "400"),
    ("About 60 rebels came out of the school waving white flags.", "60"),
])
def test_armed_men_seen_surrendering_are_captured(text, number):
    assert measures(text)[number] == "captured"


def test_surrender_signs_do_not_reach_civilians_or_another_clause():
    assert "60" not in P.numbers(WAR + "About 60 villagers came out of the school waving white flags.")
    got = measures("Some 3,000 troops held the ridge; later a few men came out with hands raised.")
    assert got["3,000"] == "forces"


# --------------------------------------------------------------------------- from N to M (fromto.py, phraseparts.py)

def test_the_to_of_a_change_counts_what_the_from_counts():
    got = kinds("The rebel army grew from about 3,000 men in the spring to some 40,000 by the end of the war.")
    assert got["3,000"][0] == got["40,000"][0] == "forces"
    assert got["40,000"][1] == got["3,000"][1]


@pytest.mark.parametrize("text", [
    "The fare rose from 2,000 shillings to 9,000.",
    "The union grew from about 3,000 men in the spring to some 40,000 by the end.",
])
def test_a_change_of_no_count_of_war_gives_no_claim(text):
    assert P.numbers(WAR + text) == []


@pytest.mark.parametrize("text", [
    'Our report said the rebels were "no more than 300 men".',
    "The rebels were about 300 men strong.",
])
def test_armed_men_a_force_is_said_to_be(text):
    assert kinds(text)["300"][:2] == ("forces", "fighters")


def test_men_who_are_victims_are_no_force():
    assert "30" not in P.numbers(WAR + "The victims were 30 men from the village.")


# --------------------------------------------------------------------------- corrections (corrections.py, anaphora.py)

@pytest.mark.parametrize("text, number", [
    ("At least 300 people were killed, not 30 as the ministry first said.", "30"),
    ("The toll is 64, not 46 as we reported on Monday.", "46"),
])
def test_a_retracted_figure_counts_what_its_correction_counts(text, number):
    assert measures(text)[number] == "killed"


def test_a_plain_not_still_denies():
    assert P.numbers(WAR + "At least 300 people were killed, not 30.") == ["300"]
    assert P.numbers(WAR + "Not 30 soldiers were left, as we reported.") == []


def test_a_count_word_with_an_aside_restates_the_count_before():
    got = measures("The agency said 900 people had been detained. The real figure, given by the ministry on Monday, "
                   "is 1,400.")
    assert got["1,400"] == "captured"


def test_an_aside_after_a_word_of_no_count_restates_nothing():
    text = "The agency said 900 people had been detained. The report, written by a lawyer on Monday, is 40 pages long."
    assert "40" not in P.numbers(WAR + text)


# --------------------------------------------------------------------------- bodies (phrase.py, lexicon)

@pytest.mark.parametrize("text, number", [
    ("Relatives say scores of bodies were never recovered from the river.", "scores"),
    ("Relatives say 40 bodies were never recovered from the river.", "40"),
])
def test_bodies_never_recovered_are_still_dead(text, number):
    assert measures(text)[number] == "killed"


@pytest.mark.parametrize("text", [
    "The survey found that 40 bodies of water were not polluted.",
    "Divers searched 40 bodies of water near the front.",
    "Relatives say 40 soldiers were never recovered.",
])
def test_no_toll_where_no_dead_are_counted(text):
    assert "40" not in P.numbers(WAR + text)


# --------------------------------------------------------------------------- verbs of the lexicon

@pytest.mark.parametrize("text, number, measure", [
    ("After the rising about 9,000 people were interned in camps.", "9,000", "captured"),
    ("Some 20,000 Uzbeks left the province in the first month.", "20,000", "displaced"),
    ("Up to 5,000 left the district, according to the agency.", "5,000", "displaced"),
    ("Aid workers say 300 people starved to death in the camp.", "300", "killed"),
    ('A viral post says that "2 million children starved to death in the siege" last year.', "2 million", "killed"),
])
def test_new_verbs_of_the_lexicon(text, number, measure):
    assert measures(text)[number] == measure


def test_animals_starving_in_a_drought_are_no_claim():
    assert P.numbers("The drought was the worst in decades. Officials say 300 cattle starved to death in the north.") == []


def test_people_interned_or_seized_are_civilians():
    got = kinds("After the rising about 9,000 people were interned in camps and hundreds more were imprisoned.")
    assert got["9,000"] == ("captured", "people", "civilian")
    assert kinds("Of about 700 people seized by both militias, most have been exchanged.")["700"][2] == "civilian"
    assert kinds("Troops seized 40 rebels near the bridge.")["40"][2] != "civilian"


# --------------------------------------------------------------------------- money to resettle refugees (warcosts.py)

def test_money_for_the_resettlement_of_a_wars_refugees_is_aid():
    got = kinds("Some 30,000 people fled to the coast. The European Union committed $15 million to their resettlement.")
    assert got["$15 million"][:2] == ("funding", "aid")


def test_a_fund_to_compensate_a_wars_victims_is_funding():
    got = measures("The court ordered the state to pay compensation to the victims' families and noted that a fund of "
                   "$30 million had been set up.")
    assert got["$30 million"] == "funding"


def test_compensation_to_an_executive_is_no_claim():
    assert P.numbers(WAR + "The bank paid $12 million in compensation to its former chief executive.") == []


def test_men_arrested_under_internment_powers_keep_no_side():
    got = kinds("Troops arrested 342 men in dawn raids under the new internment powers.")
    assert got["342"] == ("captured", "men", "unknown")


# --------------------------------------------------------------------------- more shorthand and forces

@pytest.mark.parametrize("text, number", [
    ("Ordnance used: 6 GBU-12, 4 Mk-84 bombs, 900 rounds 20mm.", "900"),
    ("The gunner fired 400 rounds of 20 mm at the column.", "400"),
])
def test_rounds_of_a_calibre_are_shells_fired(text, number):
    assert kinds(text)[number][:2] == ("attacks", "shell")


def test_rounds_of_talks_stay_no_claim():
    assert P.numbers(WAR + "The talks went 12 rounds before the truce.") == []


def test_men_of_a_force_told_before_are_its_troops():
    got = kinds("The operation committed about 50,000 troops and 900 tanks to the province, of which some 3,000 men "
                "and hundreds of tanks entered the capital on the first day.")
    assert got["3,000"][:2] == ("forces", "troops")


def test_men_of_whom_a_verb_is_told_keep_it_and_workers_are_no_force():
    assert measures("The regiment sent 900 soldiers, of whom 40 men were wounded.")["40"] == "wounded"
    assert "300" not in P.numbers(WAR + "The factory employs 900 workers, of whom 300 men work nights.")


def test_a_place_between_the_noun_and_its_verb():
    got = measures("A pilot reported that dozens of trucks further south had been destroyed by other aircraft.")
    assert got["dozens"] == "destroyed"


@pytest.mark.parametrize("text, number, measure", [
    ("About 300 villagers left aboard fishing boats.", "300", "displaced"),
    ("About 300 soldiers left aboard lorries for the front.", "300", "forces"),
])
def test_leaving_aboard_moves_people_and_troops(text, number, measure):
    assert measures(text)[number] == measure


@pytest.mark.parametrize("text", [
    "The ministry lists 140 people, twelve of them children, as still missing.",
    "The ministry lists 140 people as missing.",
])
def test_people_listed_as_missing_are_captured(text):
    assert measures(text)["140"] == "captured"


def test_people_missing_at_sea_after_an_aside_are_no_claim():
    assert "140" not in P.numbers(WAR + "Some 140 people, most of them fishermen, are still missing at sea.")


# --------------------------------------------------------------------------- aircraft attacking (aircraftraids.py)

@pytest.mark.parametrize("text, number, subject", [
    ("Twelve aircraft bombed the town on Monday.", "Twelve", "aircraft"),
    ("Two drones struck rebel positions near the dam.", "Two", "drone"),
])
def test_aircraft_making_an_attack_count_attacks(text, number, subject):
    assert kinds(text)[number][:2] == ("attacks", subject)


@pytest.mark.parametrize("text", ["Twelve aircraft were hit on the ground."])
def test_aircraft_hit_are_damage_done_to_them(text):
    assert set(measures(text).values()) == {"damaged"}


def test_aircraft_hit_and_then_burned_out_are_destroyed():
    # burned out is how the hit ended: the worse harm (extract/worseafter.py; tests/test_numleft_s12.py has more)
    assert set(measures("Rebels said 12 aircraft hit in the raid were burned out.").values()) == {"destroyed"}
