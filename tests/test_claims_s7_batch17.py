"""Claim-layer rules written after batch 17's first sight (/work/notes/s7/FIRST_SIGHT_17.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: a container's total is no claim (extract/nonclaims.py: "30 of the college's 34 buildings"),
civilian craft are no force's equipment (the lexicon's fishing boats, ferries, passenger aircraft), a verb of dying
is its clause's main verb (extract/mainverbs.py), "a rise of N" (extract/rises.py), "the number of X ... as N" and
a force that "numbers" N (extract/numbergiven.py), things elided after "and" or added "together with"
(extract/elidedthings.py), men "with machetes" (extract/armedmen.py), "Another six were wounded" after a count of
soldiers (extract/another.py), and the lexicon's new words ("crossed to",
"living in care centres", "martyrs", "lost only", "for the displaced", "the correct figure", "officers and
soldiers").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2019, 3, 8))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


# --------------------------------------------------------------------------- a container's total is no claim

@pytest.mark.parametrize("text", ["The rector said that 30 of the college's 34 buildings were burned down.",
                                  "Officials said 25 of the town's 40 schools were destroyed.",
                                  "Twelve of the 40 clinics were damaged in the shelling."])
def test_the_whole_of_a_part_of_places_is_no_claim(text):
    got = kinds(text)
    assert len(got) == 1 and next(iter(got.values()))[0] in ("destroyed", "damaged")


def test_a_whole_done_harm_itself_stays_a_claim():
    got = kinds("Three of the 40 tanks destroyed last week were new.")
    assert got.get("40", ("",))[0] == "destroyed"  # the participle on the whole: the 40 were destroyed


def test_a_whole_of_munitions_stays_the_attack():
    got = kinds("Ukraine says it shot down 18 of 20 drones overnight.")
    assert got["18"][0] == "destroyed" and got["20"][0] == "attacks"


def test_a_whole_after_an_active_verb_is_still_read_by_the_verb():
    assert list(kinds("Gunmen burned 25 of the town's 40 schools.")) == ["25"]


# --------------------------------------------------------------------------- civilian craft

def test_civilian_boats_people_fled_in_are_no_force():
    got = kinds("Some 60 people fled in three fishing boats.")
    assert "three" not in got and got["60"][0] == "displaced"


def test_civilian_craft_harmed_are_civilian_losses():
    assert kinds("The navy sank two fishing boats off the coast.")["two"] == ("destroyed", "boat", "civilian")
    assert kinds("Two passenger aircraft were damaged at the airport.")["Two"] == ("damaged", "aircraft", "civilian")


def test_a_force_s_boats_stay_its_equipment():
    assert kinds("The army has 40 boats on the lake.")["40"][0] == "forces"


# --------------------------------------------------------------------------- "died", a main verb

@pytest.mark.parametrize("verb", ["died", "perished"])
def test_a_verb_of_dying_is_not_a_participle_before_the_next_clause(verb):
    got = kinds(f"Three soldiers {verb} in the raid and five were wounded.")
    assert got["Three"][0] == "killed" and got["five"][0] == "wounded"


def test_a_participle_phrase_on_the_noun_still_yields_to_the_main_verb():
    got = kinds("Two ambulances sent from the town were set on fire.")
    assert got["Two"][0] == "destroyed"


# --------------------------------------------------------------------------- "a rise of N"

def test_a_rise_counts_more_of_the_count_before():
    got = kinds("About 12,000 people are living in care centres, a rise of some 2,000 since May.")
    assert got["12,000"][0] == "displaced" and got["2,000"][0] == "displaced"


def test_an_increase_of_a_force():
    got = kinds("The army put its strength at 40,000 troops, an increase of 5,000 on last year.")
    assert got["5,000"][0] == "forces"


@pytest.mark.parametrize("text", ["Ticket sales saw a rise of 400 since May.",
                                  "The town had 4,000 people in 2010, a rise of 300."])
def test_a_rise_of_nothing_harmed_is_no_claim(text):
    assert kinds(text) == {}


# --------------------------------------------------------------------------- displacement without "fled"

def test_crossed_to_a_country_is_displacement_for_people():
    assert kinds("Roughly 3,000 villagers have crossed to Uganda.")["3,000"][0] == "displaced"


def test_troops_that_cross_are_a_force_moved():
    assert kinds("Some 300 troops crossed to the island.")["300"][0] == "forces"


def test_living_in_tents_is_displacement():
    assert kinds("Some 900 are living in tents near the border.")["900"][0] == "displaced"


# --------------------------------------------------------------------------- words of the dead

def test_martyrs_are_dead():
    assert kinds("We mourn three martyrs.")["three"][0] == "killed"


def test_lost_only_is_a_loss_not_what_is_left():
    assert kinds("The rebels say they lost only 12 fighters.")["12"][0] == "killed"
    assert kinds("The army claims that its units lost only nine men.")["nine"][0] == "killed"


def test_only_what_is_left_stays_capacity():
    assert kinds("Only 35 doctors remain in the city.")["35"][0] == "capacity"


# --------------------------------------------------------------------------- "the number of X ... as N"

def test_the_number_given_as_and_its_correction():
    got = kinds("Yesterday we gave the number of foreign aid workers killed when the jets bombed a convoy near the "
                "old bridge as nine. The correct figure is four.")
    assert got["nine"][:2] == ("killed", "aid workers") and got["four"][:2] == ("killed", "aid workers")


def test_the_number_of_people_who_left_their_homes_put_at():
    got = kinds("The agency puts the number of people in the province who have left their homes since January at "
                "more than 90,000.")
    assert got["90,000"][0] == "displaced"


@pytest.mark.parametrize("text", ["She gave the number of her children as four.",
                                  "The census gave the number of voters as 40,000.",
                                  "The report gave the number of schools in the district as 40.",
                                  "The agency puts the number of people in the province at more than 90,000."])
def test_a_number_given_with_nothing_befallen_is_no_claim(text):
    assert kinds(text) == {}


# --------------------------------------------------------------------------- a force that numbers N

def test_a_force_said_to_number():
    assert kinds("The alliance, whose force in the region numbers 12,000, sent more troops.")["12,000"][:2] == (
        "forces", "troops")


def test_an_army_of_supporters_is_no_force():
    assert kinds("His army of supporters numbers 3,000.") == {}


# --------------------------------------------------------------------------- things elided or added

def test_things_captured_after_things_destroyed_are_seized():
    got = kinds("The army destroyed eight trucks, and captured 11.")
    assert got["11"][:2] == ("seized", "truck")
    got = kinds("Our units have destroyed 20 tanks, and 11 captured in working order, together with some 300 rifles.")
    assert got["11"][:2] == ("seized", "tank") and got["300"][:2] == ("seized", "firearm")


@pytest.mark.parametrize("verb, measure", [("arrested", "captured"), ("killed", "killed")])
def test_people_after_things_stay_people(verb, measure):
    got = kinds(f"The army destroyed eight trucks and {verb} 11.")
    assert got["11"][:2] == (measure, "people")


def test_weapons_with_no_harm_before_stay_a_force():
    got = kinds("The militia has 40 trucks, together with some 300 rifles.")
    assert got.get("300", ("forces",))[0] == "forces"


# --------------------------------------------------------------------------- armed men

def test_men_with_machetes_are_a_force():
    got = kinds("A neighbour said hundreds of men with machetes and guns were coming along the road.")
    assert got["hundreds"][:2] == ("forces", "fighters")
    assert kinds("Some 200 men armed with rifles surrounded the village.")["200"][:2] == ("forces", "fighters")


def test_men_with_tools_or_killed_with_machetes_are_not():
    assert kinds("About 40 men with shovels cleared the road.") == {}
    assert kinds("Soldiers killed 12 men with machetes.")["12"][0] == "killed"


# --------------------------------------------------------------------------- money for the displaced, ranks

def test_money_given_for_the_displaced_is_funding():
    assert kinds("The European Union said it would give $4 million for the displaced.")["$4 million"][0] == "funding"


def test_money_given_for_a_stadium_is_none():
    assert P.extracted("The city said it would give $4 million for the new stadium.") == []


def test_officers_and_soldiers_are_troops():
    assert kinds("The rebels have taken prisoner 1,236 officers and soldiers.")["1,236"][:2] == ("captured", "troops")


# --------------------------------------------------------------------------- "Another six were wounded."

def test_another_opening_a_sentence_counts_the_same_people():
    got = kinds("The ministry said two soldiers were killed near the border on Tuesday. Another six were wounded.")
    assert got["six"][:2] == ("wounded", "troops")
    got = kinds("Rebels abducted 40 villagers on Monday. Of these, 12 were later killed.")
    assert got["12"] == ("killed", "villagers", "civilian")


def test_another_after_no_count_of_people_takes_no_subject_from_it():
    got = kinds("Two soldiers were killed on Tuesday. Six were wounded.")  # no "another": not told as the same people
    assert got["Six"][:2] == ("wounded", "people")


def test_another_after_a_list_is_of_the_whole_list():
    got = kinds("Our losses: three soldiers, two policemen and four civilians have died. Another 30 were wounded.")
    assert got["30"][:2] == ("wounded", "people")


# --------------------------------------------------------------------------- "more," and an aside; one model

def test_more_then_an_aside_then_the_verb():
    got = kinds("Aid groups believe some 3,000 more, most of them children, are trapped in basements.")
    assert got["3,000"][0] == "displaced"


def test_more_then_an_aside_with_no_verb_of_harm_is_no_claim():
    assert kinds("We need 300 more, most of them nurses, by June.") == {}


def test_one_model_in_the_singular_heading_its_phrase():
    assert kinds("The army said no tank had been lost; one T-55 was hit by a grenade.")["one"][:2] == ("damaged", "tank")


@pytest.mark.parametrize("text", ["The Su-25 pilot ejected over one T-72 position.",
                                  "One F-16 crashed in training last year."])
def test_a_model_as_a_modifier_or_with_no_harm_is_no_claim(text):
    assert kinds(text) == {}
