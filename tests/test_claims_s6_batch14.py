"""Claim-layer rules written after batch 14's first sight (tests/data/heldout/FIRST_SIGHT_14.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must
not reach. The rules: extract/offcounts.py (people interviewed or tried, cross-references, the writer's own
vehicles), extract/forcemen.py (forces told in men, "a force it puts at"), extract/ellipses.py (copular and
elliptic counts, hostages never found, members of a party harmed, a toll whose proof is denied),
extract/fundshares.py (a share of a sum, money from a fund), extract/sides.py (a count with a civilian part is
mixed) and the lexicon's named insurgents ("Maoists", "Naxalites") and palaces.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import ClaimProbe

P = ClaimProbe(date(2011, 5, 4))


def kinds(text: str) -> list[tuple]:
    return P.claims(text)


# --------------------------------------------------------------------------- not counts of the war


@pytest.mark.parametrize("text", [
    "Fighting went on in the hills. Our reporter spoke to three nurses at the clinic on Monday.",
    "Rebels shelled the town. We interviewed 14 survivors in the camp after the shelling.",
    "A military court on Friday sentenced four former officers of the army for the massacre of villagers.",
    "The tribunal convicted seven militia leaders over the killings in the valley.",
    "The court relies for the count of dead on the victims named in paragraph 22.",
    "The war crimes chamber set out the shelling in detail in annex 4.",
    "The army shelled the road. Three of our lorries carrying seed were stopped at a roadblock on Monday.",
])
def test_counts_of_no_harm_are_no_claim(text):
    assert kinds(text) == []


def test_what_the_interviewed_say_stays_a_claim():
    got = kinds("Rebels shelled the town. We spoke to two nurses, who said they had treated 30 wounded.")
    assert [g[:2] for g in got] == [("30", "wounded")]


def test_people_harmed_by_the_court_or_our_trucks_hit_stay_claims():
    assert kinds("The militia executed 12 prisoners it had sentenced in a field court.")[0][:2] == ("12", "killed")
    got = kinds("Rebels shelled the convoy; three of our trucks were destroyed.")
    assert [g[:2] for g in got] == [("three", "destroyed")]


# --------------------------------------------------------------------------- forces in men


@pytest.mark.parametrize("text,number,subject", [
    ("A rebel column of about 200 men entered the town from the east.", "200", "fighters"),
    ("The defence ministry says that fewer than 500 men hold the bridge.", "500", "troops"),
    ("The militia, which the army says numbers about 3,000 men, attacked the town.", "3,000", "fighters"),
    ("The accused told the court that his men numbered no more than 30.", "30", "fighters"),
    ("The ministry says its soldiers face a force it puts at 4,000 near the pass.", "4,000", "troops"),
])
def test_force_sizes_told_in_men(text, number, subject):
    got = [g for g in kinds(text) if g[0] == number]
    assert got and got[0][1:3] == ("forces", subject)


@pytest.mark.parametrize("text", [
    "The factory had a workforce of 2,000 men before the strike.",
    "The club says 11 men hold the record for the most goals.",
    "The survey puts the village's population at 4,000.",
])
def test_men_who_are_no_force_are_no_claim(text):
    assert kinds(text) == []


def test_men_of_an_armed_body_are_its_troops_or_fighters():
    got = kinds("The border police force says 12 of its men were killed in the ambush, and four were wounded.")
    assert [g[:3] for g in got] == [("12", "killed", "troops"), ("four", "wounded", "troops")]
    assert kinds("The rebel militia said 30 of its men died in the raid.")[0][2] == "fighters"
    assert kinds("The mining firm says three of its men were hurt in the shelling.")[0][2] == "men"


# --------------------------------------------------------------------------- elliptic and copular counts


@pytest.mark.parametrize("text,number,measure", [
    ("The ministry gave its figures on Monday. Its count of wounded is nine, among them a nurse.", "nine", "wounded"),
    ("After the shelling, the tally of dead stood at 14.", "14", "killed"),
    ("Aid workers believe as many as 50,000 are hiding in the forest after the army attack.", "50,000", "displaced"),
    ("Since the fighting began the school compound holds about 4,000 people.", "4,000", "displaced"),
    ("The mission now shelters thousands of people who fled the war.", "thousands", "displaced"),
    ("After the rebel attack, new arrivals this week numbered about 800.", "800", "displaced"),
    ("Some 900 Liberians who had sheltered in the embassy were flown to Dakar after the rebel attack.", "900", "displaced"),
    ("The federation says two members of its delegation died in the ambush.", "two", "killed"),
    ("Rebels took 20 men as hostages, of whom six have never been found.", "six", "captured"),
    ("The defence's figure of 30 dead was not proved at the trial.", "30", "killed"),
])
def test_elliptic_and_copular_counts(text, number, measure):
    got = [g for g in kinds(text) if g[0] == number]
    assert got and got[0][1] == measure


@pytest.mark.parametrize("text", [
    "The stadium holds about 40,000 people on match days.",
    "The 300 people who had sheltered in the church went home after the festival.",
    "Three members of the committee resigned over the budget.",
    "In the children's game, as many as 50 are hiding in the park.",
    "The floods swept 20 people away, of whom six have never been found.",
])
def test_elliptic_rules_leave_peace_and_other_harm(text):
    assert kinds(text) == []


def test_the_missing_of_a_fight_are_held():
    # session 8 (extract/missingheld.py): the annotators count people who "are missing" after a fight, with no place
    # they were lost in, as captured (held-out "14 are missing", "62 people remain missing"); this test said no claim
    got = kinds("The army says 40 of its soldiers were killed in the city, and 12 are missing.")
    assert [g[:2] for g in got] == [("40", "killed"), ("12", "captured")]


# --------------------------------------------------------------------------- money


def test_a_share_of_a_sum_given_is_funding():
    got = kinds("By Friday donors had given $12 million to the refugee appeal, or 15%.")
    assert [(g[0], g[1]) for g in got] == [("$12 million", "funding"), ("15%", "funding")]


@pytest.mark.parametrize("fund", ["the emergency fund", "the Central Emergency Response Fund"])
def test_money_from_a_fund_is_funding(fund):
    got = kinds(f"The appeal for the refugees of the war is short. A further $4 million from {fund} arrived on Tuesday.")
    assert [(g[0], g[1]) for g in got] == [("$4 million", "funding")]


def test_money_from_a_fund_in_peace_is_no_claim():
    assert kinds("The pension fund paid out $4 million from its trust fund to retired teachers.") == []


@pytest.mark.parametrize("text", [
    "The fund manager earned $4 million, or 15%, last year.",
    "Donors gave $12 million, about a third of the appeal for the war, or 15% more than last year.",
])
def test_shares_and_funds_out_of_reach(text):
    assert [g for g in kinds(text) if g[0].endswith("%")] == []


# --------------------------------------------------------------------------- sides and subjects


def test_named_insurgents_are_fighters_not_civilians():
    got = kinds("Police said 30 Maoists were killed in the clash near the border.")
    assert got[0][1:] == ("killed", "fighters", "unknown")
    assert kinds("Did the police kill 300 Naxalites in one night?")[0][2] == "fighters"


def test_a_count_with_a_civilian_part_is_mixed():
    got = kinds("Shelling of the town killed 19 people on Friday, 13 of them civilians.")
    assert got == [("19", "killed", "people", "unknown"), ("13", "killed", "civilians", "civilian")]
    assert kinds("Shelling of the town killed 19 people on Friday, most of them civilians.")[0][3] == "civilian"
    got = kinds("Shelling killed 19 people, wounded 40 others, 13 of them civilians.")
    assert got[0][:2] == ("19", "killed") and got[0][3] == "civilian"  # the part belongs to the nearer count (40)


def test_palaces_burned_are_destroyed():
    got = kinds("Witnesses said that 12 houses had been shelled, and that four palaces had burned down.")
    assert [g[:2] for g in got] == [("12", "damaged"), ("four", "destroyed")]
