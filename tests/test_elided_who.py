"""Who a bare count of people counts, from a noun told further off (extract/elidedwho.py and the gaps of
extract/partof.py `elided`): rules learnt from batch 22 (tests/data/firstsight), each stated on sentences of our
own, with the case it must not overreach to."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_probe import ClaimProbe
from extract import extract_claims

_PROBE = ClaimProbe(date(2020, 5, 6))
one = _PROBE.one


def _who(text: str, number: str) -> tuple[str, str, str]:
    got = one(text, number)
    return got.measure, got.subject, got.side


# --------------------------------------------------------------------------- a partitive opening the sentence


@pytest.mark.parametrize("text,number,subject", [
    ("Of the rebel fighters, 610 were killed, 120 captured and 270 surrendered.", "610", "fighters"),
    ("Of the rebel fighters, 610 were killed, 120 captured and 270 surrendered.", "120", "fighters"),
    ("Of the rebel fighters, 610 were killed, 120 captured and 270 surrendered.", "270", "fighters"),
    ("Of our staff in the region, two were killed in the city on 4 May.", "two", "staff"),
    ("Of the villagers in the valley, about 40 were wounded by the shelling.", "40", "villagers"),
])
def test_a_partitive_opening_names_what_each_bare_count_after_it_counts(text, number, subject):
    assert one(text, number).subject == subject


@pytest.mark.parametrize("text,number", [
    ("Of the total, 40 were killed in the shelling.", "40"),  # a count word, not a body of people
    ("Of the houses in the town, 40 people were killed in the shelling.", "40"),  # the count's own noun wins
])
def test_a_partitive_of_no_people_names_no_subject(text, number):
    assert one(text, number).subject != "houses"
    assert one(text, number).subject != "total"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="Of the,staff rebels in 0123456789and", max_size=80))
def test_the_opening_partitive_never_fails_on_any_text(tail):
    text = "Of the " + tail + ", 12 were killed in the shelling."
    for claim in extract_claims(text, published=date(2020, 5, 6), outlet="Test Wire"):
        assert claim.subject and claim.side


# --------------------------------------------------------------------------- a count left out after an aside or "that"


def test_a_count_after_a_partitive_aside_is_of_the_whole_before_it():
    text = "Local historians give 90 civilians killed by the end of 1971, 40 of them in the first week, and about 200 " \
           "seriously injured."
    assert _who(text, "200") == ("wounded", "civilians", "civilian")
    # without the aside's "and" the count has its own noun
    assert one("Local historians give 90 civilians killed, 40 of them in May, and 200 soldiers wounded.",
               "200").subject == "troops"


def test_a_reported_count_joined_by_and_that_counts_the_same_people():
    text = "The mayor says 120 civilians were killed in the shelling and that some 300 were wounded."
    assert _who(text, "300") == ("wounded", "civilians", "civilian")
    assert one("The mayor says 120 civilians were killed and that 300 soldiers were wounded.", "300").subject == "troops"


# --------------------------------------------------------------------------- a side's own losses


@pytest.mark.parametrize("text,number,side", [
    ("Soviet losses were 96 dead, according to the General Staff.", "96", "russia"),
    ("French casualties were 10 killed and 33 wounded, a spokesman said.", "10", "unknown"),
    ("French casualties were 10 killed and 33 wounded, a spokesman said.", "33", "unknown"),
    ("The commanders give their own losses as 16 dead and 96 wounded.", "16", "unknown"),
])
def test_a_sides_losses_are_its_troops(text, number, side):
    got = one(text, number)
    assert (got.subject, got.side) == ("troops", side)


def test_civilian_casualties_are_no_force():
    assert one("Civilian casualties were 40 dead and 60 wounded.", "40").subject != "troops"


# --------------------------------------------------------------------------- the people fired on; hostages


def test_a_bare_count_shot_after_fire_was_opened_on_people_counts_them():
    text = "The gunmen opened fire on a column of hostages in the street and shot dead at least 27. Another 40 were hurt."
    assert _who(text, "27") == ("killed", "hostages", "civilian")
    assert _who(text, "40") == ("wounded", "hostages", "civilian")
    assert one("Police opened fire on a crowd of protesters and killed 12.", "12").subject == "protesters"
    # fire opened on a thing names no people
    assert one("Troops opened fire on the checkpoint and killed 12.", "12").subject == "people"


def test_hostages_and_detainees_are_civilians_but_prisoners_are_not():
    assert one("The commission found that five detainees had died as a result of torture in custody.", "five").side == "civilian"
    assert one("Gunmen seized 30 hostages at the school.", "30").side == "civilian"
    assert one("The army took 200 prisoners.", "200").side == "unknown"


# --------------------------------------------------------------------------- crews, seafarers, sea mines


def test_crewmen_are_crew_and_seafarers_are_counted_as_written():
    assert one("State radio says two tankers were set on fire and 14 crewmen killed.", "14").subject == "crew"
    got = one("The bureau has documented at least 270 deaths of seafarers since the attacks on shipping began.", "270")
    assert (got.measure, got.subject, got.side) == ("killed", "seafarers", "unknown")


def test_mines_destroyed_at_sea_are_sea_mines_not_landmines():
    assert one("Minesweepers have destroyed 14 mines in the approaches to the harbour.", "14").subject == "mine"
    assert one("Deminers have destroyed 14 mines in the village since May.", "14").subject == "landmine"
    assert one("Minesweepers have destroyed 14 landmines on the beach.", "14").subject == "landmine"


def test_warships_of_two_classes_counted_together_are_warships():
    assert one("Rebels said they sank three frigates and destroyers off the coast.", "three").subject == "warship"
    assert one("Rebels said they sank three frigates and captured a port.", "three").subject == "frigate"


# --------------------------------------------------------------------------- money in a list of gifts


def test_a_list_line_of_money_for_displaced_people_goes_to_civilians_but_prose_names_no_side():
    text = "WHERE THE MONEY WENT\nEmergency food for 6,000 displaced people around the town: $31,500\n"
    assert (one(text, "$31,500").subject, one(text, "$31,500").side) == ("aid", "civilian")
    assert one("The agency spent $31,500 on emergency food for 6,000 displaced people.", "$31,500").side == "unknown"
