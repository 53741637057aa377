"""Rules learnt from general news 15 (extract/mishaps.py, pastwars.py, numlevels.py, numyearclues.py, numsuffixes.py,
numspeeds.py, nummultiyears.py), each on sentences written for this test, with the cases it must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from number_probe import measured, only


# ----------------------------------------------------------------------------------------- claims of peacetime

@pytest.mark.parametrize("text", [
    # the harm of an accident at work or in a crowd, in a report of peace ([cues] mishaps)
    "A cave-in at a gold mine in Ghana killed 7 workers and trapped 30 others.",
    "A methane explosion at a colliery killed 21 miners.",
    "Rescuers said the rockfall had trapped 14 men, and 3 were later found dead.",
    "Nine fans died and 30 were hurt in a crush outside the stadium.",
    "A crowd surge at the festival left 4 people dead and 60 injured.",
    "The bridge collapse killed 12 commuters on Tuesday.",
    # money beside a war named only as an age or in a benefit of its veterans ([cues] past_wars)
    "A Cold War radar station with 40 rooms sold for $2.3 million at auction.",
    "The top war disablement pension rises to £250 a week for 90,000 veterans.",
    "The museum's Cold War-era jet was restored at a cost of €400,000.",
])
def test_accidents_and_past_wars_of_peace_give_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,want", [
    # a war or armed act named in the report keeps the harm a claim, accident words or not
    ("Fighting raged in Donetsk. 12 soldiers died when their truck overturned near the front.", [("12", "killed")]),
    ("The crush at the checkpoint killed 9 as troops fired.", [("9", "killed")]),
    ("Police moved to crush the protest, and 12 were killed.", [("12", "killed")]),  # the verb, not a crowd's crush
    ("Rebels said a gas explosion at the depot killed 9 fighters.", [("9", "killed")]),
    ("A gas explosion at a mine killed 9 miners after a landmine was found nearby.", [("9", "killed")]),
    ("Rebels shelled the town. The minister's figure was 57 dead, most of them trampled in the crush.",
     [("57", "killed")]),
    # "mine" alone is no word of an accident: a land mine
    ("A mine killed 4 soldiers near the border.", [("4", "killed")]),
    ("A mine killed 4 villagers near the border.", [("4", "killed")]),
    ("Gunmen killed 20 miners at a coal mine.", [("20", "killed")]),
    # aid money, and a war named beside a past one
    ("Rebels shelled the town on Monday. Donors pledged $27 million in aid for refugees.",
     [("$27 million", "funding")]),
    ("Veterans groups said war pensions had not kept pace, and the government pledged $40 million in aid for refugees.",
     [("$40 million", "funding")]),
    ("Cold War-era missiles struck Kharkiv, and the city needs $30 million to rebuild.", [("$30 million", "funding")]),
    ("The Cold War museum raised £2m from visitors, and the army paid $5 million for new arms.",
     [("£2m", "funding"), ("$5 million", "funding")]),
    ("Cold War-era missiles killed 12 people in Kharkiv.", [("12", "killed")]),
    # harm beside a past war is left to the rules of harm (a one-sentence war report names no war by its words)
    ("The Cold War ended in 1991. Jets bombed the village, killing a farmer and his 5 sons.", [("5", "killed")]),
])
def test_the_same_words_in_a_war_stay_claims(text, want):
    assert measured(text) == want


# ----------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("text,surface", [
    ("The flood alert was raised to level 3 on Sunday.", "3"),
    ("The city entered a level 3 lockdown on Monday.", "3"),
    ("Schools shut as the heat warning reached level 4.", "4"),
    ("Level 2 restrictions begin on Friday.", "2"),
])
def test_a_level_of_a_warning_scale_is_a_name(text, surface):
    assert only(text, surface).kind == "name"


@pytest.mark.parametrize("text,surface", [
    ("Bulldozers moved in to level 40 homes near the warning signs.", "40"),  # the verb
    ("The lift stopped at level 2 of the car park.", "2"),  # no word of a warning scale
])
def test_level_without_a_warning_scale_stays_a_count(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("number", "count")


def test_a_multiple_after_level_stays_a_multiple():
    assert only("Pollution reached a level 10 times the safe limit.", "10").unit == "ratio"


@pytest.mark.parametrize("text,surface", [
    ("The 1898 lighthouse, 49 metres tall, flashes twice.", "1898"),
    ("They visited the 1666 fire monument.", "1666"),
    ("Its 1851 charter was found in a cellar.", "1851"),
    ("Some 2,000 rigs must be scrapped by 2050 at a cost of £21bn.", "2050"),
    ("Britain will reach net zero by 2050.", "2050"),
    ("By 2030, half the fleet will be electric.", "2030"),
])
def test_older_years_and_deadlines_are_years(text, surface):
    q = only(text, surface)
    assert (q.kind, q.value) == ("year", float(surface))


@pytest.mark.parametrize("text,surface", [
    ("The 1500 word essay was due.", "1500"),  # a round hundred before its noun
    ("The 1850 men marched on the town.", "1850"),  # a plural
    ("The team won by 2000 votes.", "2000"),  # a noun after "by N"
    ("Police were outnumbered by 2000 protesters.", "2000"),
])
def test_counts_before_a_noun_stay_counts(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("number", "count")


@pytest.mark.parametrize("text,surface,qual,low,high", [
    ("Parents of under-3s can return them.", "3", "at_most", None, 3.0),
    ("The under-21s won the cup.", "21", "at_most", None, 21.0),
    ("The over-60s travel free.", "60", "at_least", 60.0, None),
])
def test_an_age_group_is_an_age_without_its_plural(text, surface, qual, low, high):
    q = only(text, surface)
    assert (q.kind, q.unit, q.qualifier, q.low, q.high) == ("age", "year", qual, low, high)


@pytest.mark.parametrize("text,surface", [
    ("Sales beat 2019's record.", "2019"),
    ("The toll was three times that of 2022's heatwave.", "2022"),
])
def test_a_years_possessive_is_no_part_of_it(text, surface):
    q = only(text, surface)
    assert (q.kind, q.value) == ("year", float(surface))


@pytest.mark.parametrize("text,surface", [
    ("The 1990's were calm.", "1990's"),  # a decade, as written
    ("They were in their 30s.", "30s"),
])
def test_decades_keep_their_plural(text, surface):
    only(text, surface)


@pytest.mark.parametrize("text,surface", [
    ("The winner flew home at an average of 1,450 metres a minute.", "1,450"),
    ("The car hit 70 miles an hour on the bypass.", "70"),
    ("Winds reached 120 km per hour.", "120"),
])
def test_a_length_per_a_short_time_is_a_speed(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("measurement", "speed")


def test_a_length_per_day_stays_a_distance():
    q = only("They marched 30 km a day.", "30")
    assert (q.kind, q.unit) == ("distance", "km")


@pytest.mark.parametrize("text,surface", [
    ("The heatwave caused 2,300 deaths, three times the toll of 2022's.", "three"),
    ("Sales were 4 times the haul in 2019.", "4"),
    ("The crowd was five times the crowd of last year.", "five"),
])
def test_times_what_a_past_year_had_is_a_multiplier(text, surface):
    assert only(text, surface).unit == "ratio"


@pytest.mark.parametrize("text,surface", [
    ("Rebels attacked three times the village of Kafr Nabl.", "three"),  # a place, not a past year
    ("They visited three times the following week.", "three"),
])
def test_times_without_a_past_year_counts_occasions(text, surface):
    assert only(text, surface).unit == "count"


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(["level", "by", "The", "under-", "over-", "times the toll of"]),
       number=st.integers(min_value=0, max_value=2200),
       tail=st.sampled_from(["", "s", "'s", " metres a minute", " homes", ", and", " at a cost", " warning"]))
def test_the_new_readings_keep_spans_on_any_number(word, number, tail):
    text = f"The report said {word} {number}{tail} on Monday."
    found = find_quantities(text)
    for q in found:
        assert text[q.char_start : q.char_end] == q.surface
    assert any(q.surface.startswith(str(number)) for q in found)
