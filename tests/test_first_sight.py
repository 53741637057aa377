"""Rules learnt from held-out batches 6 and 7 (tests/data/heldout/h25-h38), each stated on sentences of our own.

Each batch was written and annotated by someone who had not read extract/, then scored once before any rule
changed: batch 6 f1 0.898 (subject 0.835, side 0.797, stance 0.835, source 0.911); batch 7, written after
batch 6's rules, f1 0.803 (recall 0.691, side 0.660, source 0.766). Each test below is one gap a batch
showed, as a rule of the language, with the case it must not overreach to.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_probe import ClaimProbe
from extract import extract_claims, find_quantities


_PROBE = ClaimProbe(date(2020, 5, 6))
claims, one = _PROBE.claims, _PROBE.one


@pytest.mark.parametrize("text,number,subject", [
    ("The ministry said 12 of its soldiers had been killed and 40 wounded.", "40", "troops"),
    ("Three Kenyan peacekeepers were killed and five others wounded in the ambush.", "five", "peacekeepers"),
    ("Police said 14 civilians died and 30 were injured.", "30", "civilians"),
    ("Militants killed 9 policemen and wounded 17 in the raid.", "17", "police"),
    # a part of the first count is not what the second counts
    ("Air strikes killed 21 people, including 4 children, and wounded 29 in the market.", "29", "people"),
    # another clause with a subject of its own
    ("Airstrikes killed 12 rebels and government shelling wounded 30 people.", "30", "people"),
])
def test_a_count_whose_noun_is_left_out_counts_the_people_named_before_it(text, number, subject):
    assert one(text, number).subject == subject


def test_a_report_whose_towns_lie_outside_syria_is_another_conflict():
    # Syria's side words ("rebels", "soldiers" as the regime's) mean nothing in Chechnya: the gazetteer's
    # towns tell the conflict when no listed word does
    assert one("Rebels said they killed 30 soldiers in Grozny, Chechnya.", "30").side == "unknown"
    assert one("Government forces killed 12 rebels near Aleppo.", "12").side == "opposition"
    assert one("Government forces killed 12 rebels, the ministry said.", "12").side == "opposition"


@pytest.mark.parametrize("text", [
    "Rebels said 40 soldiers were killed. We are not able to confirm the number.",
    "Rebels said 40 soldiers were killed. Neither account can be checked.",
    "Officials said 40 fighters were killed, a figure the army has never confirmed.",
])
def test_more_wordings_of_doubt(text):
    assert one(text, "40").stance == "disputed"


def test_a_sources_own_and_that_clause_is_its_speech_not_the_writers_doubt():
    said = "The monitor says it has documented 300 civilian deaths, and that the true number is likely higher."
    assert one(said, "300").stance == "confirmed"
    writer = "The monitor says it has documented 300 civilian deaths, but the true number is likely far higher."
    assert one(writer, "300").stance == "disputed"


def test_doubt_in_one_update_of_a_live_blog_stays_in_that_update():
    text = ("Live: fighting in the capital\n\n"
            "UPDATE 2030: The health ministry says 300 people have now been killed in the fighting.\n\n"
            "UPDATE 1745: Rebels say they killed 40 soldiers. We could not verify either figure.\n")
    stance = {c.number_text: c.stance for c in extract_claims(text, published=date(2020, 5, 6), outlet="Wire")}
    assert stance == {"300": "claimed", "40": "disputed"}


@pytest.mark.parametrize("text,number,measure,subject", [
    ("Two houses were completely destroyed in the strike.", "Two", "destroyed", "house"),
    ("500 buildings in the old town alone were destroyed.", "500", "destroyed", "building"),
    ("Two hospitals were partially damaged by the shelling.", "Two", "damaged", "hospital"),
    ("Residents said the dead numbered more than 20.", "20", "killed", "people"),
    ("Police recovered 12 rifles and 300 rounds of ammunition from the militants.", "12", "seized", "firearm"),
    ("Rescuers recovered 14 bodies from the rubble after the air strike.", "14", "killed", "people"),
    ('Rebels killed "more than 100" soldiers near the border.', "100", "killed", "troops"),
    ("The army said it killed 55 members of the security forces.", "55", "killed", "troops"),
    ("Gunmen killed 12 members of the police in the ambush.", "12", "killed", "police"),
    ("Gunmen killed 45 members of the rival group.", "45", "killed", "fighters"),
    ("The ministry puts the enemy's losses at 4,000 soldiers and 130 drones.", "130", "destroyed", "drone"),
])
def test_what_is_counted_and_what_befell_it(text, number, measure, subject):
    """Passives with adverbs, tolls that "number", recovered weapons, quoted numbers, members of state
    forces, equipment among losses."""
    c = one(text, number)
    assert (c.measure, c.subject) == (measure, subject)


@pytest.mark.parametrize("text,number,source,source_type,stance", [
    ("The defence ministry puts the enemy's losses at 2,000 soldiers.", "2,000", "Defence ministry", "official",
     "claimed"),
    ("Around 9,000 people have fled the district, the province's refugee commissioner, Mark Olsen, told "
     "reporters on Monday.", "9,000", "Mark Olsen", "official", "claimed"),
    ("UN monitors recorded more than 500 explosions in the area.", "500", "UN monitors", "official", "confirmed"),
])
def test_more_ways_of_attributing(text, number, source, source_type, stance):
    c = one(text, number)
    assert (c.source, c.source_type, c.stance) == (source, source_type, stance)


def test_recorded_without_a_count_is_no_attribution():
    assert claims("The police recorded a video showing 30 soldiers.") == []


def test_exchange_rates_need_a_war_and_a_known_currency():
    assert [(c.number_text, c.subject) for c in extract_claims(
        "The Armenian dram slipped to 492 against the dollar amid the war.")] == [("492", "AMD per USD")]
    assert claims("The yen weakened past 150 per dollar for the first time since 1990.") == []
    # a currency the claim layer's table does not list is coded from CLDR (session 22: the florin is Aruba's), never
    # read as "USD per USD"
    assert [(c.number_text, c.subject) for c in extract_claims(
        "Amid the war, the florin slipped to 40 against the dollar.")] == [("40", "AWG per USD")]


@pytest.mark.parametrize("text", [
    "The airline will buy 150 jets in a deal worth $18bn.",
    "The new bridge carries around 40,000 vehicles a day.",
])
def test_equipment_outside_a_war_is_no_force(text):
    assert claims(text) == []


def test_a_unit_named_by_its_number_is_a_name():
    assert claims("A soldier of 44 Rashtriya Rifles was killed in the gunfight.") == []
    [q] = [q for q in find_quantities("Troops of the 3 Commando Brigade landed.") if q.surface == "3"]
    assert q.kind == "name"


def test_a_share_of_an_aid_response_funded_is_funding():
    assert claims("Our $4.5 million emergency response is only 30% funded.") == [
        ("$4.5 million", "funding", "funding", "unknown"), ("30%", "funding", "funding", "unknown")]
    assert claims("The start-up's latest round was 80% funded by venture capital.") == []


def test_a_relative_clause_carries_the_verb_of_the_people_counted():
    assert claims("The camp shelters some 800 people who fled earlier raids.") == [
        ("800", "displaced", "people", "civilian")]
    assert claims("The 30 people who survived the attack were treated in hospital.") == []


def test_people_counted_inside_a_toll_take_its_side():
    text = "Dozens of civilians were killed in the town, including seven people whose convoy was ambushed."
    assert one(text, "seven").side == "civilian"


def test_the_youngest_and_the_oldest_are_ages_and_a_burial_counts_the_dead():
    text = "Nine more victims will be buried today in the village; the youngest was 19 and the oldest 67."
    assert claims(text) == [("Nine", "killed", "people", "unknown")]


@pytest.mark.parametrize("text", [
    "Some 400 civilians were killed between October 2016 and July 2017.",
    "From 2014 to 2016 at least 400 fighters died in the province.",
])
def test_a_count_between_two_years_is_over_a_period_and_has_no_date(text):
    assert one(text, "400").event_date is None


# --------------------------------------------------------------------------- batch 7


@pytest.mark.parametrize("text,number,measure", [
    ("The death toll from a weekend attack by jihadist gunmen on the market town in the north of the country "
     "has risen to 79, the government said.", "79", "killed"),
    ("The number of people killed in Monday's suicide bombing at the mosque inside the police compound rose to "
     "101 on Wednesday.", "101", "killed"),
    ("Doctors put the dead at 14.", "14", "killed"),
    ("As many as 40,000 civilians may have been killed in the final months of the war.", "40,000", "killed"),
    ("The remains of at least 20 people were found in a mass grave.", "20", "killed"),
    ("More than 180,000 people have left the city and sought shelter with relatives.", "180,000", "displaced"),
    ("About 280,000 people were held in closed camps after the war.", "280,000", "displaced"),
    ("Some 23 people were still being treated for gunshot wounds.", "23", "wounded"),
])
def test_tolls_far_from_their_number_and_more_ways_to_say_killed_displaced_wounded(text, number, measure):
    assert one(text, number).measure == measure


def test_a_far_toll_word_does_not_reach_past_another_number():
    assert [c.number_text for c in extract_claims(
        "The death toll of the 2015 quake was 9,000, while 300 people in the camp were sick.")] == []


def test_a_population_is_no_count_of_the_conflict():
    text = "Shelling hit Palma, a town of some 75,000 people, killing 40."
    assert [c.number_text for c in extract_claims(text)] == ["40"]


def test_an_elided_noun_reaches_over_a_place_and_a_qualifier():
    text = "About 6,200 soldiers were killed in the fighting in the north and nearly 30,000 wounded."
    assert one(text, "30,000").subject == "troops"


@pytest.mark.parametrize("text,number,side", [
    ("Gunmen opened fire inside a bar late on Saturday, killing 12 people.", "12", "civilian"),
    ("The genocide lasted 100 days. Human Rights Watch estimated that at least 500,000 people were killed.",
     "500,000", "civilian"),
    # a war's total stays unknown even after an atrocity was told of
    ("Soldiers executed 12 men in the village. The war has killed more than 200,000 people since 2011.",
     "200,000", "unknown"),
    ("Of the civilians, 19 have been confirmed dead.", "19", "civilian"),
])
def test_people_killed_in_atrocities_and_shootings_are_civilians(text, number, side):
    assert one(text, number).side == side


@pytest.mark.parametrize("text,number,source", [
    ('"We buried more than 100 people with our own hands," said a 52-year-old trader who fled to the town.',
     "100", "Trader"),
    ("A survivor, now 58, said he lost 14 relatives in the attack.", "14", "Survivor"),
    ("Human Rights Watch, in a 1999 study, estimated that at least 500,000 people were killed.", "500,000",
     "Human Rights Watch"),
    ("A UN working document leaked in 2009 recorded 7,721 civilians killed.", "7,721", "UN working document"),
    ("Iraqi medical officials told us that morgue records alone list more than 9,600 dead.", "9,600",
     "Iraqi medical officials"),
])
def test_claimants_behind_ages_asides_participles_and_inverted_tags(text, number, source):
    assert one(text, number).source == source


def test_an_update_stamped_on_the_12_hour_clock_is_an_update():
    text = "Live: the siege\n\nUPDATE 6:40 PM: The army says 89 militants have been killed.\n"
    assert one(text, "89").section == "update"


def test_the_figure_a_toll_rose_from_is_a_claim_of_the_same_source():
    text = "The death toll from the attack rose to 23, the Orontes Monitor said, up from 15 reported earlier."
    assert [(c.number_text, c.measure, c.source) for c in extract_claims(text)] == [
        ("23", "killed", "Orontes Monitor"), ("15", "killed", "Orontes Monitor")]
    assert claims("Prices rose to 40, up from 25 last year.") == []


def test_a_count_along_with_a_toll_is_killed_too():
    text = "The spokesman says 89 militants have been killed since fighting began, along with 21 soldiers and police."
    c = one(text, "21")
    assert (c.measure, c.subject) == ("killed", "troops")
    assert one("Rebels seized the town along with 30 tanks.", "30").measure == "seized"
    assert one("The bones of some 5,000 people are displayed in the church.", "5,000").measure == "killed"


# --------------------------------------------------------------------------- batch 8


@pytest.mark.parametrize("text,number,measure,subject", [
    ("Some 9,000 Rohingya have crossed into Bangladesh since August.", "9,000", "displaced", "Rohingya"),  # a people named as such (tests/test_first_sight_s4_rules.py)
    ("About 4,400 people have crossed the river into Congo since Friday.", "4,400", "displaced", "people"),
    ("He counted six burned houses along the street.", "six", "destroyed", "house"),
    ("Rebels destroyed three tanks and captured two damaged tanks.", "two", "seized", "tank"),
    ("The militants killed hundreds of men, women and children in the village.", "hundreds", "killed", "people"),
])
def test_crossings_participles_before_the_noun_and_whole_families(text, number, measure, subject):
    c = one(text, number)
    assert (c.measure, c.subject) == (measure, subject)


def test_a_participle_before_the_noun_has_the_actor_named_before_it():
    assert one("Rebels paraded 12 captured soldiers.", "12").side == "regime"


@pytest.mark.parametrize("text,number,source", [
    ("The interior ministry had earlier given a toll of 79.", "79", "Interior ministry"),
    ("Local sources speak of at least 150 dead.", "150", "Local sources"),
])
def test_a_toll_given_or_spoken_of_is_attributed(text, number, source):
    assert one(text, number).source == source


@pytest.mark.parametrize("text", [
    "He said more than 100 soldiers had died and that dozens were still missing in the reeds.",
    "He put the number of dead at 105 and said 17 people from the village were unaccounted for.",
    "Border guards said they had detained 30 people trying to smuggle methamphetamine pills across the river.",
    "The health service recruited 1,100 nurses from abroad at a cost of £14 million.",
])
def test_the_missing_smugglers_and_staff_outside_a_war_are_no_claims(text):
    numbers = [c.number_text for c in extract_claims(text)]
    assert not {"dozens", "17", "30", "1,100"} & set(numbers)


def test_people_killed_in_attacks_on_villages_are_civilians():
    assert one("Gunmen on motorcycles killed 100 people in attacks on two villages.", "100").side == "civilian"


def test_a_number_after_the_count_starts_another_phrase_unless_it_is_partitive():
    text = "More than 409,000 Rohingya have crossed into Bangladesh, the agency said, up from 370,000 three days ago."
    assert one(text, "370,000").measure == "displaced"
    assert one("Ukraine said it shot down 29 of 31 drones launched overnight.", "29").measure == "destroyed"
