"""Rules learnt from general news 10 (session 6, tests/data/quantities/general_news_10.jsonl).

Each rule is tested on sentences written here (none of them is a sentence of the data file), with the cases it
must not reach next to it: circa and BC years (extract/numyears.py), "N times its <noun>" a multiplier
(extract/numunits.py), "up/down A to B" a change and a level (extract/numchange.py), "of them under N" an age
(extract/numagegroups.py), a purchase's price no funding (extract/purchases.py) and a treaty's limits no forces
(extract/limits.py).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import find_quantities
from number_probe import measured, only

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])



# --------------------------------------------------------------------------- circa and BC years

@pytest.mark.parametrize(("text", "surface", "value", "qualifier"), [
    ("The temple was built circa 450 BC by the Athenians.", "450", -450.0, "approx"),
    ("The city fell to Rome in 146 B.C. after a long siege.", "146", -146.0, "exact"),
    ("The coin was minted in 44 BCE in a provincial workshop.", "44", -44.0, "exact"),
    ("The manuscript dates from ca. 1450 and was sold in 1998.", "1450", 1450.0, "approx"),
    ("The club was founded c. 1890 by railway workers.", "1890", 1890.0, "approx"),
    ("A Saxon brooch from c. 650 AD was found in the field.", "650", 650.0, "approx"),
])
def test_a_year_of_an_era_takes_circa_and_its_sign(text, surface, value, qualifier):
    q = only(text, surface)
    assert (q.kind, q.value, q.low, q.high, q.qualifier) == ("year", value, value, value, qualifier)


@pytest.mark.parametrize(("text", "surface"), [
    ("The manuscript dates from ca. 1450 and was sold in 1998.", "1998"),  # no circa before it
    ("The bridge opened in 1932 and carries 40,000 cars a day.", "1932"),
    ("Coins of AD 79 were found in the ash.", "79"),  # AD keeps the year as it is
])
def test_a_year_without_circa_or_bc_is_exact_and_positive(text, surface):
    q = only(text, surface)
    assert q.kind == "year" and q.qualifier == "exact" and q.value > 0


def test_circa_before_a_count_is_still_about_a_count():
    q = only("About 1500 people attended the match.", "1500")
    assert (q.kind, q.unit, q.qualifier) == ("number", "count", "approx")


@SETTINGS
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["BC", "BCE", "B.C."]),
       st.sampled_from(["c. ", "circa ", "ca. ", "in "]))
def test_any_year_bc_is_negative(year, era, lead):
    text = f"The settlement was abandoned {lead}{year} {era} after a drought."
    q = only(text, str(year))
    assert q.kind == "year" and q.value == -year
    assert q.qualifier == ("exact" if lead == "in " else "approx")


# --------------------------------------------------------------------------- multipliers

@pytest.mark.parametrize("text", [
    "The house sold for 3 times its asking price.",
    "The painting fetched five times its upper estimate at the sale.",
    "Tickets now cost four times their 2019 level.",
    "The bill came to three times the original quote.",
])
def test_times_its_or_the_noun_is_a_multiplier(text):
    q = [q for q in find_quantities(text) if q.kind == "number"][0]
    assert q.unit == "ratio"


@pytest.mark.parametrize(("text", "surface"), [
    ("The airline will fly the route three times a week.", "three"),
    ("She has won the title five times in a row.", "five"),
    ("They tried three times, their patience wearing thin.", "three"),
])
def test_times_as_occasions_stays_a_count(text, surface):
    assert only(text, surface).unit == "count"


# --------------------------------------------------------------------------- a change and the level it reaches

@pytest.mark.parametrize(("text", "first", "second"), [
    ("The council tax bill went down $40 to $310.", "$40", "$310"),
    ("The unemployment rate is down 0.3% to 4.1%.", "0.3%", "4.1%"),
    ("A monthly pass goes up £12 to £158 in January.", "£12", "£158"),
])
def test_up_or_down_a_to_b_is_a_change_and_a_level(text, first, second):
    a, b = only(text, first), only(text, second)
    assert a.qualifier == b.qualifier == "exact" and a.value < b.value


@pytest.mark.parametrize(("text", "surface"), [
    ("Tickets cost £20 to £35 each.", "£20 to £35"),
    ("Prices could go up 5 to 10 per cent next year.", "5 to 10"),  # a range of the change: no unit on "5"
    ("Crowds of 200 to 300 gathered.", "200 to 300"),
])
def test_a_to_b_without_up_or_down_stays_a_range(text, surface):
    assert only(text, surface).qualifier == "range"


# --------------------------------------------------------------------------- ages of a part of people

@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("The festival drew 40,000 fans, most of them under 25.", "25", "at_most"),
    ("The home has 60 residents, a third of whom over 90.", "90", "at_least"),
    ("The survey reached 2,000 workers, half of those under 30, across the region.", "30", "at_most"),
])
def test_of_them_under_n_after_people_is_an_age(text, surface, qualifier):
    q = only(text, surface)
    assert (q.kind, q.unit, q.qualifier) == ("age", "year", qualifier)


@pytest.mark.parametrize(("text", "surface"), [
    ("The firm runs 200 lorries, half of them under 10 tonnes.", "10"),  # a unit after it: a weight
    ("We surveyed 300 companies, half of them under 50.", "50"),  # no people named
])
def test_of_them_under_n_of_no_people_is_no_age(text, surface):
    assert only(text, surface).kind != "age"


# --------------------------------------------------------------------------- a purchase's price is no funding

@pytest.mark.parametrize("text", [
    "The university purchased the rare manuscript for £2.1 million, helped by an appeal to alumni donors.",
    "The museum acquired the archive for €800,000 after 1,200 donors gave an average of €50 each.",
])
def test_a_purchase_paid_for_by_donors_is_no_funding(text):
    assert measured(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Donors pledged $40 million in aid for refugees at the conference.", [("$40 million", "funding")]),
    ("Donors bought blankets for refugees for $2m.", [("$2m", "funding")]),  # a purpose of aid
    ("The agency bought tents for displaced families with $3 million from donors.", [("$3 million", "funding")]),
    ("Rebels used the $2 million ransom to buy weapons, officials said.", [("$2 million", "funding")]),
])
def test_aid_or_war_money_stays_funding(text, want):
    assert measured(text) == want


def test_a_purchase_in_a_report_of_war_is_left_to_the_money_rules():
    text = ("Fighting between the army and rebels spread to the north. Donors bought the field hospital for "
            "$4 million, the aid agency said.")
    assert ("$4 million", "funding") in measured(text)


# --------------------------------------------------------------------------- a treaty's limits are no forces

@pytest.mark.parametrize("text", [
    "The accord caps each side's forces in the zone at 3,000 soldiers and 50 tanks.",
    "The pact set a ceiling of 250,000 troops for each alliance in central Europe.",
    "Parliament passed a law capping the size of the army at 120,000 troops.",
    "Under the new law the garrison is limited to 400 soldiers.",
])
def test_a_limit_a_treaty_or_law_sets_is_no_force(text):
    assert measured(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("The army deployed 700 troops to the border town after the attack.", [("700", "forces")]),
    ("The offensive was capped by the arrival of 700 troops in the valley.", [("700", "forces")]),
    ("Under the agreement, the army deployed 700 troops along the border.", [("700", "forces")]),
    ("The peace accord collapsed after rebels capped their advance at the river, and 900 fighters attacked the "
     "town.", [("900", "forces")]),
    ("Despite the treaty, Russia has deployed 400 missiles in the region.", [("400", "forces")]),
])
def test_forces_in_the_field_stay_forces(text, want):
    assert measured(text) == want
