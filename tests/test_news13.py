"""Rules learnt from general news 13 (extract/numsenses.py, numcontext.py, numqualifiers.py, numunits.py,
numvotes.py, nummultiples.py, peacetolls.py, peacemoney.py), each on sentences written for this test, with the
cases it must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from number_probe import measured, only




# ----------------------------------------------------------------------------------------- claims of peacetime

@pytest.mark.parametrize("text", [
    "The firm's losses rose to 1,900 last year.",
    "Winter losses hit 31% and 1,900 beekeepers had to restock their hives.",
    "The inquiry into the jail's 17 deaths in custody made 3 demands.",
    "Five men died in police custody last year, and 40 officers face inquiries.",
    "The museum's charity raised £3.2 million in its annual appeal from 90,000 donors.",
    "The war-crimes court has 18 judges and a 2025 budget of €195.6 million.",
    "The war crimes tribunal's annual budget is $90 million.",
])
def test_peacetime_tolls_and_money_give_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,want", [
    ("Russian losses rose to 1,900.", [("1,900", "killed")]),  # a party named: a toll
    ("In Syria, 12 detainees died in custody of the militia.", [("12", "killed")]),
    ("Donors pledged $27 million in aid for refugees.", [("$27 million", "funding")]),
    ("The charity appeal raised $3 million for refugees.", [("$3 million", "funding")]),
    ("The war-crimes tribunal found 8,000 were killed in the war.", [("8,000", "killed")]),
    ("The war crimes tribunal asked donors for $20 million, as the Syrian war went on.",
     [("$20 million", "funding")]),
])
def test_war_tolls_and_money_stay_claims(text, want):
    assert measured(text) == want


# ----------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Van registrations rose 4% to 2.4m last year.", "2.4m", 2_400_000.0, "count"),
    ("Parcel deliveries climbed to 3m in December.", "3m", 3_000_000.0, "count"),
    ("The river rose to 4.2m in March.", "4.2", 4.2, "metre"),  # no count of things: metres
    ("The tower rose to 300m, the tallest in the city.", "300", 300.0, "metre"),
])
def test_fused_m_after_a_count_of_things(text, surface, value, unit):
    q = only(text, surface)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,surface,qual,low,high", [
    ("Chargers that deliver 50kW or more are rare.", "50", "at_least", 50.0, None),
    ("Walks of 5 km or less suit beginners.", "5", "at_most", None, 5.0),
    ("Queues of 20 minutes or longer formed.", "20", "exact", 20.0, 20.0),  # no qualifier phrase
])
def test_qualifier_after_a_unit(text, surface, qual, low, high):
    q = only(text, surface)
    assert (q.qualifier, q.low, q.high) == (qual, low, high)


def test_from_a_to_b_unit_carries_back():
    q = only("The wait grew from 12 to 40 minutes.", "12")
    assert (q.kind, q.unit) == ("duration", "minute")
    q = only("Fans rose from 12 to 40,000 by noon.", "12")
    assert (q.kind, q.unit) == ("number", "count")  # no unit after B: a count


def test_a_couple_of_a_unit_of_time():
    q = only("The repair takes a couple of days.", "a couple")
    assert (q.value, q.qualifier, q.unit, q.kind) == (2.0, "approx", "day", "duration")
    assert find_quantities("A couple of friends came by.") == []
    assert find_quantities("The couple moved to Leeds.") == []


@pytest.mark.parametrize("text,surface,kind", [
    ("The twins, both 9, won the prize.", "9", "age"),
    ("The brothers, each 40, run the farm.", "40", "age"),
    ("The two laws, both 2024, stand.", "2024", "year"),
])
def test_age_after_both(text, surface, kind):
    assert only(text, surface).kind == kind


def test_vague_count_of_a_unit():
    q = only("The road runs for dozens of kilometres.", "dozens")
    assert (q.kind, q.unit, q.qualifier) == ("distance", "km", "vague")
    q = only("Hundreds of people marched.", "Hundreds")
    assert (q.kind, q.unit) == ("number", "count")


def test_version_after_a_model_number():
    assert only("Airlines grounded 40 Airbus A320 Neo 2 jets and 12 Boeing 737 Max 8 planes.", "8").kind == "name"
    assert only("Team Max 9 won.", "9").kind != "name"  # no model number before "Max"
    assert only("He was 12 on 3 March 2024.", "3 March 2024").kind == "date"


@pytest.mark.parametrize("text,surface", [
    ("The judges issued a 2-1 appeals ruling.", "2-1"),
    ("It was a 5-4 Supreme Court decision.", "5-4"),
    ("A 9-0 committee vote approved it.", "9-0"),
])
def test_score_of_a_body_vote(text, surface):
    assert only(text, surface).kind == "score"


def test_grouped_pence():
    q = only("Shares closed at 1,234p.", "1,234p")
    assert (q.unit, q.value) == ("gbp", 12.34)
    assert only("a 1080p screen", "1080").unit != "gbp"


@pytest.mark.parametrize("text,surface", [
    ("Sales hit 40 times their goal.", "40"),
    ("Pay was 150 times the average worker's.", "150"),
    ("Costs ran at 3 times its €2m estimate.", "3"),
])
def test_multiples_of_a_goal_or_median(text, surface):
    assert only(text, surface).unit == "ratio"


def test_times_as_occasions_stay_counts():
    assert only("She called three times the next day.", "three").unit == "count"


@pytest.mark.parametrize("text,unit", [
    ("The fire burned 40 sq km of scrub.", "square kilometre"),
    ("The estate covers 12 square miles.", "square mile"),
    ("A flat of 60 square metres sold.", "square metre"),
    ("A farm of 30 hectares.", "hectare"),
])
def test_area_units_are_named(text, unit):
    assert find_quantities(text)[0].unit == unit


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="acoupl fhrsdtimny0123456789,.-pkmWAB", max_size=40))
def test_the_new_rules_never_raise(text):
    full = "a couple of " + text
    for q in find_quantities(full):
        assert full[q.char_start : q.char_end] == q.surface
