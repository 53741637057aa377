"""Claim-layer rules written after batch 27's first sight (tests/data/firstsight/README.md, "Claim layer"), helper
claims27: an army's euphemism for its dead, re-mentions of a figure, counts of the dead in other words. Every
sentence is written for the test, about other places than the batch's; each rule has sentences it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2021, 6, 14))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    return P.kinds(WAR + text)


# --- an army's euphemism for its dead (assets/lexicons/claims.toml [verbs] kill) ---

@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Two soldiers paid the supreme price during the raid on the hideout.", "Two", ("killed", "troops")),
        ("Three policemen made the ultimate sacrifice when gunmen stormed the station.", "Three", ("killed", "police")),
    ],
)
def test_supreme_price_is_killed(text, number, expected):
    assert kinds(text)[number][:2] == expected


def test_a_price_paid_is_no_death():
    assert kinds("The depot paid the full price of 40 dollars a tonne for the fuel.") == {}


# --- a figure named again: "was higher: 45", "The figure 55 is the toll" (extract/tollfigure.py) ---

@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The army's figure for rebels killed, given at a press conference on Monday, was higher: 80.", "80",
         ("killed", "fighters")),
        ("The ministry's count of civilians wounded was lower, at 30.", "30", ("wounded", "civilians")),
        ("The figure 64 is the death toll of the whole siege, not of the garrison alone.", "64", ("killed", "people")),
        ("That figure of 70 was the official toll for the week.", "70", ("killed", "people")),
    ],
)
def test_figure_named_again(text, number, expected):
    assert kinds(text)[number][:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The figure 12 is the number of schools the agency rebuilt last year.",
        "The ministry's figure for exports, given at a briefing on Monday, was higher: 45.",
        "The figure 40 is the toll-free number for the hotline.",
    ],
)
def test_a_figure_of_no_harm_is_no_claim(text):
    assert kinds(text) == {}


# --- times a place was attacked (extract/firedrounds.py times_attacked) ---

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The supply trucks, which leave at dawn, have been attacked at least 25 times since March.", "25"),
        ("The gunmen raided the border post 12 times in May, the police said.", "12"),
    ],
)
def test_times_attacked_are_attacks(text, number):
    assert kinds(text)[number][:2] == ("attacks", "attack")


@pytest.mark.parametrize(
    "text",
    [
        "The video of the ambush was shared more than 9,000 times on the day.",
        "The wounded soldier had been hit three times in the chest.",
        "The envoys met 5 times in the capital before the fighting began.",
    ],
)
def test_other_times_are_no_attacks(text):
    assert not any(measure == "attacks" for measure, _, _ in kinds(text).values())


def test_times_attacked_in_peacetime_is_no_claim():
    assert P.kinds("The shop was raided 3 times by burglars last year.") == {}


# --- the dead in the words of memory and mourning (extract/deadnamed.py) ---

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The memorial outside the mosque carries 212 names, one for each villager shot that night.", "212"),
        ("A plaque by the bridge bears 58 names.", "58"),
        ("Amina, 47, lost her father and three brothers in the raid.", "three"),
        ("The farmer lost his wife, his mother and two daughters when the shell hit.", "two"),
    ],
)
def test_dead_in_words_of_memory(text, number):
    assert kinds(text)[number][0] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "The petition carries 3,000 names and was handed to the governor.",  # no memorial
        "The memorial fund lists 40 donors, and the plaque bears the town's crest.",  # no names counted
        "She lost her keys and two phones while fleeing.",  # no kin
        "The coach lost his temper and three players to injury.",  # no possessive before the kin... nor kin
    ],
)
def test_names_and_losses_that_count_no_dead(text):
    assert not any(measure == "killed" for measure, _, _ in kinds(text).values())


def test_memorial_names_in_peacetime_are_no_claim():
    assert P.kinds("The new memorial to the town's founders carries 12 names.") == {}


def test_kin_lost_in_peacetime_are_no_claim():
    assert P.kinds("Grace, 52, lost her husband and two sons in a car crash on the coast road.") == {}


# --- "N others" after a count of armed men are more of them (extract/armedcounts.py same_people) ---

def test_others_after_soldiers_joined_by_while_are_soldiers():
    got = kinds("Seven soldiers were killed, while five others sustained injuries.")
    assert got["five"][:2] == ("wounded", "troops")


def test_others_after_civilians_stay_people():
    """The house: others of civilians or of people are people."""
    got = kinds("About 300 civilians were killed in the shelling, while 700 others were wounded.")
    assert got["700"][:2] == ("wounded", "people")


# --- a number with its own predicate after it takes no verb from the count before (extract/sharedverb.py) ---

def test_others_missing_after_a_loss_are_missing_not_dead():
    got = kinds('"We lost six of our officers and two others are missing," the commander said.')
    assert got["six"][0] == "killed"
    assert got["two"][0] == "captured"


def test_a_verb_shared_across_and_still_reaches_a_plain_item():
    got = kinds("The gunmen killed four soldiers and two civilians in the raid.")
    assert (got["four"][0], got["two"][0]) == ("killed", "killed")


# --- a bare count after the last "and" keeps its own verb (extract/listitems.py _late_verb) ---

def test_part_named_among_them_is_not_the_next_counts_list_item():
    got = kinds("A police spokesman said nine people were killed, among them three soldiers, and 20 wounded.")
    assert got["three"][0] == "killed"
    assert got["20"][0] == "wounded"


def test_a_list_of_nouns_still_shares_its_late_verb():
    got = kinds("Two soldiers, a nurse and 3 more were killed in the shelling.")
    assert got["Two"][0] == "killed"
