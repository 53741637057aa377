"""Claim-layer rules written after batch 22's first sight (tests/data/firstsight/README.md, "Claim layer").

Every sentence here is written for the test, in other words than the batch's; each rule has sentences it must not
reach. The rules: pipe-table rows labelled by their measure (extract/piperows.py); an aid appeal's money lists,
totals and unit prices (extract/giftmoney.py); a 24-hour time before its day (extract/clocktimes.py); the end of a
span of years (extract/numyears.py) and a participle's count across it (extract/phraseparts.py); members "lost" over
a season (extract/wartimewords.py); gapped lists (extract/gapping.py); a force's size in apposition or by a modal
"may number" (extract/apposedforce.py); a state's army "N strong" (extract/phrasehints.py); "Of this year's attacks,
N" (extract/partbefore.py) and places "into N of them"; a count of things hit (extract/ellipses.py); ", one of them
seriously" (extract/numphrases.py); and the lexicon's new words (paratroops, tankers, vessels, places of worship,
squatters, leaders, ministers, Exocet, emigrated, taken alive, left at once, came to).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from extract import find_quantities
from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2022, 5, 4))


def kinds(text: str) -> dict[str, tuple[str, str, str]]:
    """number_text -> (measure, subject, side) of the claims of `WAR + text`."""
    return P.kinds(WAR + text)


def measures(text: str) -> dict[str, str]:
    return P.measures(WAR + text)


# --------------------------------------------------------------------------- pipe tables

_TABLE = ("\n\nTable 4: Harm in the province, 2015 to 2017\n\n"
          "Item | Army | Monitors | Church\n"
          "Deaths | 40 | 61 | 75\n"
          "Of which children | 6 | 11 | not known\n"
          "Detentions | 1,210 | 1,450 | over 2,000\n"
          "Schools burned | 12 | 19 | 22\n"
          "Population | 90,000 | 95,000 | 99,000\n")


def test_pipe_rows_take_their_label_as_the_measure():
    got = measures(_TABLE)
    assert [got.get(n) for n in ("40", "61", "75")] == ["killed"] * 3
    assert [got.get(n) for n in ("1,210", "1,450", "2,000")] == ["captured"] * 3
    assert [got.get(n) for n in ("12", "19", "22")] == ["destroyed"] * 3


def test_a_part_row_takes_the_measure_of_the_row_above_and_its_own_noun():
    got = kinds(_TABLE)
    assert got["6"][:2] == ("killed", "children") and got["11"][:2] == ("killed", "children")


def test_pipe_rows_leave_labels_of_no_harm_and_headers():
    got = measures(_TABLE)
    assert not {"90,000", "95,000", "99,000", "2015", "2017", "4"} & set(got)


def test_pipe_rows_need_a_war():
    text = "Match day at the club this season.\n\nFigure | Home | Away\nGoals scored | 30 | 28\nArrests | 3 | 4\n"
    assert P.measures(text) == {}


def test_a_place_of_worship_demolished_is_destroyed():
    assert measures("Soldiers demolished 14 places of worship in the district.")["14"] == "destroyed"


# --------------------------------------------------------------------------- an appeal's money

_LETTER = ("Dear Friends,\n\nThe fighting around the town has driven thousands from their homes.\n\n"
           "HOW YOUR GIFTS WERE SPENT\n"
           "Emergency food for 3,000 displaced people: $21,500\n"
           "Tents for families sleeping in the open (one tent costs us $45): $8,100\n"
           "Fuel for our two ambulances: $2,300\n\n"
           "Altogether 1,200 of you gave $40,000 to this appeal. We have spent $31,900, and the remaining $8,100 is "
           "set aside for the winter.\n")


def test_every_line_of_a_money_list_is_funding_when_one_line_names_aid():
    got = P.measures(_LETTER)
    assert [got.get(n) for n in ("$21,500", "$8,100", "$2,300")] == ["funding"] * 3


def test_the_totals_given_and_spent_for_an_appeal_are_funding():
    got = P.measures(_LETTER)
    assert got.get("$40,000") == "funding" and got.get("$31,900") == "funding"


def test_the_price_of_one_thing_is_no_funding():
    assert "$45" not in P.measures(_LETTER)
    assert "$3.50" not in measures("Aid for the displaced goes far: each blanket costs about $3.50.")


def test_a_money_list_with_no_line_of_aid_is_no_funding():
    text = WAR + "\n\nOUR COSTS\nRent for the office: $2,000\nPrinting and post: $700\n"
    assert not {"$2,000", "$700"} & set(P.measures(text))


def test_money_given_with_no_appeal_named_is_no_funding():
    assert "$500" not in measures("He gave $500 to his nephew for the car.")


# --------------------------------------------------------------------------- clock times, years, members lost

def test_four_digits_before_the_day_they_fall_on_are_a_time():
    text = "Rebel troops entered the town shortly after 2130 on 14 March, and 40 tanks followed."
    got = measures(text)
    assert "2130" not in got and got.get("40") == "forces"


def test_four_digits_that_count_before_a_day_stay_a_count():
    assert measures("The army lost 1230 men on 3 May.").get("1230") == "killed"
    assert measures("Rebels have held 1500 prisoners since 2019 on the island.").get("1500") == "captured"


def test_the_end_of_a_span_of_years_is_a_year():
    got = [(q.surface, q.kind) for q in find_quantities("Rebels killed between 1972 and 1981 numbered 4,300.")]
    assert got == [("1972", "year"), ("1981", "year"), ("4,300", "number")]
    assert [(q.surface, q.kind) for q in find_quantities("between 1,500 and 1,900 troops")][0][1] == "number"


def test_a_participle_count_reaches_across_a_span_of_years():
    assert measures("Civilians killed between 1972 and 1981 numbered 4,300.")["4,300"] == "killed"
    assert measures("Civilians killed came to 2,150, with a further 300 missing.")["2,150"] == "killed"


def test_members_lost_over_a_season_are_no_war_deaths():
    assert "five" not in measures("The old soldiers' club lost five old comrades over the summer.")
    assert measures("In the ambush the battalion lost five comrades.").get("five") == "killed"


# --------------------------------------------------------------------------- gapped lists, apposed forces

def test_a_gapped_list_shares_the_first_clauses_verb_and_noun():
    got = measures("Chad lost 12 men, Niger five and Mali three, all in the desert.")
    assert (got.get("12"), got.get("five"), got.get("three")) == ("killed", "killed", "killed")


def test_names_with_numbers_are_no_gapped_list():
    got = measures("The army took Hill 12, Hill 9 and Gate 4 by noon.")
    assert not {"9", "4"} & set(got)


def test_an_appositive_partitive_counts_the_force_before_it():
    got = kinds("At dawn Dutch paratroopers, some 250 of them, were dropped on the airfield.")
    assert got["250"][0] == "forces"


def test_an_appositive_partitive_with_a_verb_of_harm_is_left_to_the_toll_rules():
    got = kinds("The marines, about 30 of them, were killed in the ambush.")
    assert got.get("30", ("killed",))[0] == "killed"


def test_men_apposed_to_the_last_of_a_force_and_a_force_to_come():
    assert measures("The rebel units withdrew; the last of them, some 8,000 men, left in April.")["8,000"] == "forces"
    assert measures("The envoy says the new force may number 4,000 men.")["4,000"] == "forces"
    assert "300" not in P.measures("The factory said its staff may number 300 men by June.")


def test_a_state_army_n_strong_is_a_force_but_a_charity_is_not():
    assert measures("The Royal Army of the South, 30,000 strong, stayed in its barracks.")["30,000"] == "forces"
    assert "1,200" not in measures("The Salvation Army, 1,200 strong, served soup in the square.")


def test_this_years_attacks_and_places_into_them():
    got = measures("Of this year's raids, 55 were made by the rebels and 31 by the army.")
    assert got.get("55") == "attacks" and got.get("31") == "attacks"
    assert "200" not in measures("Some 9,000 villagers were moved into about 200 of them under guard.")


def test_a_count_of_things_hit_and_a_count_in_brackets():
    got = measures("The count of lorries hit on the road since May now stands at 47.")
    assert got.get("47") == "damaged"
    assert measures("Other ships hit in the month (four) were damaged only slightly.").get("four") == "damaged"
    assert "four" not in measures("The ships (four) sailed on to the port.")


def test_one_of_them_with_an_adverb_of_harm_is_a_part():
    got = measures("The patrol reported three soldiers wounded, one of them badly.")
    assert got.get("one") == "wounded"
    assert "one" not in measures("The army sent three tanks, one of them carrying the general.")


# --------------------------------------------------------------------------- the lexicon's new words

@pytest.mark.parametrize("text, number, measure", [
    ("At dawn 300 Belgian paratroops drop on the airfield.", "300", "forces"),
    ("Rebel gunboats set fire to three tankers near the port.", "three", "destroyed"),
    ("Hit by one Exocet fired from a rebel jet.", "one", "attacks"),
    ("Some 40,000 squatters were moved into guarded camps.", "40,000", "displaced"),
    ("The president and four other ministers were seized in the capital.", "four", "captured"),
    ("About 90,000 had emigrated by the end of the war.", "90,000", "displaced"),
    ("Six of the raiders were shot dead and two were taken alive.", "two", "captured"),
])
def test_new_words(text, number, measure):
    assert measures(text).get(number) == measure


def test_leaders_with_no_verb_of_harm_are_no_claim():
    assert measures("Some 20 leaders met at the summit to talk of the war.") == {}


# --------------------------------------------------------------------------- properties

@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1900, max_value=2030), st.integers(min_value=1, max_value=60))
def test_a_span_of_years_never_gives_its_end_as_a_count(first, gap):
    text = f"Soldiers killed between {first} and {first + gap} numbered 212."
    assert [q.surface for q in find_quantities(text) if q.kind == "number"] == ["212"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=99_999), min_size=2, max_size=4))
def test_every_cell_of_a_harm_row_is_a_claim(values):
    cells = " | ".join(f"{v:,}" for v in values)
    text = WAR + "\n\nFigure | " + " | ".join(f"Source {c}" for c in "ABCD"[: len(values)]) + "\nArrests | " + cells + "\n"
    got = [c for c in P.extracted(text) if c.measure == "captured"]
    assert [c.number_text for c in got] == [f"{v:,}" for v in values]
