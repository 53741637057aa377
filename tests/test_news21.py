"""Rules learnt from general news 21 (extract/crashes.py, numagegroups.py, numscan.py's "scores", numpolls.py, the
"constituency" name head), each on sentences written for this test, with the cases it must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from number_probe import measured, only


# ----------------------------------------------------------------------------------------- claims of peacetime

@pytest.mark.parametrize("text", [
    # a vehicle out of control, or striking another vehicle or a fixed thing ([crashes])
    "A minibus carrying pilgrims overturned on a mountain pass, killing 9 people and injuring 14.",
    "A lorry veered across the motorway before dawn, and 4 motorists died.",
    "Three passengers were killed and 11 hurt when a coach struck a tree near the bypass.",
    "The night train left the tracks at speed, killing 6 and injuring 40.",
    "A truck collided with a van on the coast road; 5 people died at the scene.",
    "A bus fell into a river near the ferry crossing, and 17 bodies were recovered.",
    # a blast at a place of work or fuel
    "An explosion ripped through a chemical plant overnight, killing 8 workers.",
    "Five workers died and 12 were injured in a refinery explosion on Monday.",
    "A fuel tanker exploded at a petrol station, leaving 15 people dead.",
])
def test_crashes_and_blasts_at_work_in_a_report_of_peace_give_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,want", [
    # a war, an armed act or a war's weapon named keeps the harm a claim
    ("A bus hit a roadside bomb near the market, killing 12 passengers.", [("12", "killed")]),
    ("The bus struck a mine on the road north of the town, killing 9 passengers.", [("9", "killed")]),
    ("Troops opened fire after a truck overturned at the checkpoint, killing 4 people.", [("4", "killed")]),
    ("Rebels shelled the road. A bus plunged off the bridge as it fled, and 7 passengers were killed.",
     [("7", "killed")]),
    ("A drone struck a bus on the highway, killing 11 passengers.", [("11", "killed")]),
    ("An explosion at an army depot killed 6 soldiers.", [("6", "killed")]),
    # a blast not at a place of work, a car that explodes, a vehicle driven into people: no accident named
    ("A blast at a crowded market killed 14 people.", [("14", "killed")]),
    ("A car exploded outside the courthouse, killing 5 people.", [("5", "killed")]),
    ("A van ploughed into a crowd of worshippers, killing 8 people.", [("8", "killed")]),
])
def test_the_same_words_near_a_war_or_an_attack_stay_claims(text, want):
    assert measured(text) == want


# --------------------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("text,surface,qual", [
    ("The cold snap left 40 dead in a fortnight, most of them over 80, the ministry said.", "80", "at_least"),
    ("Floods injured 200 in the valley, half of them under 10.", "10", "at_most"),
    ("Nearly 900 patients a week are seen at the clinic, and one in six of them is under 2.", "2", "at_most"),
    ("Of the 120 passengers rescued, a third of them were over 70.", "70", "at_least"),
])
def test_a_part_of_people_named_earlier_takes_an_age(text, surface, qual):
    q = only(text, surface)
    assert (q.kind, q.unit, q.qualifier) == ("age", "year", qual)


@pytest.mark.parametrize("text,surface", [
    ("The index lost 61 points in a week, most of them over 75, as markets fell.", "75"),  # no people named
    ("The firm bought 300 lorries, half of them under 10 tonnes.", "10"),  # a unit after the number
    ("Of 40 firms surveyed, one in eight of them is under 5.", "5"),
])
def test_a_part_of_things_stays_a_bound(text, surface):
    assert only(text, surface).kind != "age"


@pytest.mark.parametrize("text,surface", [
    ("Eleven people died and scores were hurt when the roof gave way.", "scores"),
    ("Scores were arrested after the march, police said.", "Scores"),
    ("The building shook, and scores fled into the street.", "scores"),
])
def test_scores_of_people_a_harm_befell_are_a_vague_count(text, surface):
    q = only(text, surface)
    assert (q.value, q.qualifier, q.unit) == (40.0, "vague", "count")


@pytest.mark.parametrize("text", [
    "The test scores were hurt by the new marking rules.",  # results, with a noun before
    "She scores twice in the second half, and the team wins.",  # the verb
    "Their scores were injured pride and a lost cup.",
    "Exam scores fell for a third year.",
])
def test_scores_as_results_or_the_verb_are_no_count(text):
    assert [q.surface.lower() for q in find_quantities(text) if q.surface.lower() == "scores"] == []


@pytest.mark.parametrize("text,surface,value", [
    ("Members rejected the offer by a margin of 4 to 1 in the final ballot.", "4 to 1", 4.0),
    ("The defenders were outnumbered 5 to 2.", "5 to 2", 2.5),
    ("Bookmakers offered odds of 7 to 1 on a draw.", "7 to 1", 7.0),
    ("Residents backed the plan by 2 to 1.", "2 to 1", 2.0),
])
def test_a_margin_a_to_b_is_one_ratio(text, surface, value):
    q = only(text, surface)
    assert (q.unit, q.kind) == ("ratio", "number") and q.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Prices fell from 9 to 4 over the year.",  # a change: two numbers
    "The margin of 3 to 1 villages was disputed.",  # a noun after the second side
    "The team won by 5 to 2 at home.",  # "by" with a second side other than 1
])
def test_a_to_b_without_a_margin_stays_two_numbers(text):
    assert all(q.unit != "ratio" for q in find_quantities(text))


@pytest.mark.parametrize("text,surface", [
    ("The survey puts Labour on 41 per cent and the Tories on 33, with 9 per cent undecided.", "33"),
    ("Inflation stood at 6.1% and unemployment at 4, the bank said.", "4"),
])
def test_the_second_of_a_parallel_pair_takes_the_percent(text, surface):
    assert only(text, surface).unit == "percent"


@pytest.mark.parametrize("text,surface", [
    ("The survey puts Labour on 41 per cent and the Tories on 33 seats.", "33"),  # a noun after it
    ("Labour is on 41 per cent and the party has members in 33.", "33"),  # another preposition
])
def test_a_pair_with_a_noun_or_another_preposition_keeps_a_count(text, surface):
    assert only(text, surface).unit == "count"


def test_a_constituency_number_is_a_name_and_a_duration_after_it_stays():
    assert only("The Liberals held constituency 7 with a bigger majority.", "7").kind == "name"
    assert only("The constituency 30 years ago was rural.", "30").kind == "duration"


@settings(max_examples=60, deadline=None)
@given(lead=st.sampled_from(["by a margin of", "outnumbered them", "left 30 dead, most of them over",
                             "yes on 47 per cent and no on", "and scores were", "won constituency", "by"]),
       a=st.integers(min_value=0, max_value=999), b=st.integers(min_value=0, max_value=99),
       tail=st.sampled_from(["", ".", " in the south.", " seats", " injured", ", the poll said"]))
def test_the_new_readings_keep_spans_on_any_number(lead, a, b, tail):
    text = f"{lead} {a} to {b}{tail}"
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.surface
        if q.unit == "ratio" and " to " in q.surface:
            assert b > 0 and q.value == pytest.approx(a / b)
