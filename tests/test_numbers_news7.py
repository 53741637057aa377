"""Rules of the number layer learnt from general news (session 5, tests/data/quantities/general_news_7.jsonl).

Each rule is tested on sentences written here (none of them is a sentence of the data file), with the case it
must not reach next to it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities
from number_probe import kinds, only

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("text", "surface"), [
    ("She drove a 1971 Porsche to the wedding.", "1971"),
    ("The club's 2030 target is a million members.", "2030"),
    ("Historians marked the 1815 Battle of Waterloo.", "1815"),
    ("A film about the 1944 landings opened in Caen.", "1944"),
    ("It was a 2004 hit in Japan.", "2004"),
])
def test_a_year_before_a_noun_it_names_one_of(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("year", "year")


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("They walked a 2000 km route across the desert.", "2000", "distance"),  # a unit after it
    ("The plant has a 1950 MW turbine hall.", "1950", "measurement"),
    ("Rebels hit 2025 targets in the offensive.", "2025", "number"),  # a plural noun: a count
])
def test_a_number_with_a_unit_or_a_plural_noun_stays_a_measure_or_count(text, surface, kind):
    assert only(text, surface).kind == kind


@pytest.mark.parametrize(("text", "surface"), [
    ("Lawyers cited Section 8 of the act.", "8"),
    ("SB 42 cleared the state Senate.", "42"),
    ("Pupils in Year 6 sit the tests in May.", "6"),
    ("The album entered the Billboard 200 last week.", "200"),
    ("The update for macOS 15.1 fixes the bug.", "15.1"),
    ("The ISBN 9780141439518 is on the back.", "9780141439518"),
])
def test_heads_of_laws_bills_school_years_charts_and_products_make_names(text, surface):
    assert only(text, surface).kind == "name"


def test_no_before_a_number_is_a_ranking_after_a_word_of_ranking_and_a_name_before_a_capital():
    assert only("The song climbed to No. 3 in its second week.", "3").kind == "ordinal"
    assert only("She is seeded No. 4 at the Open.", "4").kind == "ordinal"
    # not reached: an address or a unit's name
    assert only("Ministers met at No. 11 Downing Street.", "11").kind == "name"
    assert only("The Resolution No. 2401 was adopted.", "2401").kind == "name"


def test_number_one_is_a_place_in_a_ranking_and_one_in_n_still_a_proportion():
    assert kinds("The film opened at number two in 11 markets.") == [("two", "ordinal"), ("11", "number")]
    q = only("One in every five voters stayed at home.", "One in every five")
    assert (q.unit, q.value) == ("ratio", 0.2)
    assert only("About 1 in each 10 homes has solar panels.", "1 in each 10").value == 0.1


def test_codes_and_phone_numbers_are_one_name():
    text = "Call 020 7946 0958 or quote ref 12-3456-78 when ordering ISBN 0-19-852663-6."
    assert kinds(text) == [("020 7946 0958", "name"), ("12-3456-78", "name"), ("0-19-852663-6", "name")]
    # not reached: a clock time in HHMM, a dashed range, a count after a time
    assert kinds("The curfew starts at 0600 GMT.") == [("0600", "time")]
    q = only("Between 10-12 people were hurt.", "10-12")
    assert q.qualifier == "range"
    assert only("At 0800 300 workers arrived.", "300").kind == "number"


def test_pence_fused_to_the_digits_are_pounds():
    q = only("A loaf now costs 95p, up 12p since spring.", "95p")
    assert (q.unit, q.value, q.kind) == ("gbp", 0.95, "number")
    # not reached: a screen's resolution
    assert all(q.unit != "gbp" for q in find_quantities("The phone films in 1080p and 720p."))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Exports rose fivefold in a decade.", "fivefold", 5),
    ("Rents saw a 4-fold rise.", "4-fold", 4),
    ("The new chip is 3x faster than the old one.", "3x", 3),
    ("The comet is 20 times larger than thought.", "20", 20),
    ("Prices there are four times the national average.", "four", 4),
])
def test_multipliers_are_ratios(text, surface, value):
    q = only(text, surface)
    assert (q.kind, q.unit, q.value) == ("number", "ratio", value)


def test_times_that_count_occasions_stay_counts():
    assert only("He was arrested three times last year.", "three").unit == "count"
    assert only("She called 5 times the next day.", "5").unit == "count"
    assert only("Photos showed 3x T-72 tanks destroyed.", "3").unit != "ratio"


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The 7-2 favourite fell at the last.", "7-2", 3.5),
    ("A 50/1 outsider won the Derby.", "50/1", 50),
    ("He was backed at odds of 9/4 on the day.", "9/4", 2.25),
])
def test_odds_are_a_ratio(text, surface, value):
    q = only(text, surface)
    assert (q.unit, q.value) == ("ratio", value)


def test_a_toll_before_shot_is_no_odds():
    q = only("Between 10-15 were shot dead at the market.", "10-15")
    assert (q.qualifier, q.low, q.high) == ("range", 10, 15)


def test_nil_scores_and_cricket_totals_are_scores():
    assert kinds("Leeds won 2-nil at home.") == [("2-nil", "score")]
    assert kinds("Australia were 198 for 4 at stumps, 90 runs behind.") == [
        ("198 for 4", "score"), ("90", "number")]
    # not reached: "for" between two counts outside cricket
    assert kinds("They sold 300 for 5 each.") == [("300", "number"), ("5", "number")]


def test_a_rate_per_a_power_of_ten_is_one_ratio():
    q = only("Suicides fell to 10.2 per 100,000 people.", "10.2 per 100,000")
    assert (q.unit, q.value) == ("ratio", pytest.approx(10.2 / 100_000))
    # not reached: a count per a count that is no power of ten, or money
    assert [q.surface for q in find_quantities("The ward had 4 per 37 beds.")] == ["4", "37"]
    assert only("Water costs $3 per 1,000 litres.", "$3").unit == "usd"


def test_a_race_time_after_running_is_seconds_and_a_time_stamp_is_a_time():
    q = only("Kosgei ran 2:14:04 in Chicago.", "2:14:04")
    assert (q.kind, q.unit, q.value) == ("duration", "second", 2 * 3600 + 14 * 60 + 4)
    assert only("The alarm went off at 03:12:45.", "03:12:45").kind == "time"


def test_minutes_after_hours_and_metres_elsewhere():
    assert kinds("The cut runs 3h 10m.") == [("3", "duration"), ("10", "duration")]
    assert only("The cut runs 3h 10m.", "10").unit == "minute"
    assert only("The wall is 10m high.", "10").unit == "metre"


def test_a_range_with_its_unit_on_both_sides_is_one_range():
    q = only("Bags of 5kg-10kg are allowed.", "5kg-10kg")
    assert (q.kind, q.unit, q.qualifier, q.low, q.high) == ("measurement", "kilogram", "range", 5, 10)
    # not reached: two weights in other units
    assert [q.surface for q in find_quantities("It weighs 5kg-10lb.")] == ["5", "10"]


def test_ages_of_decades_stated_ages_and_no_other():
    q = only("The driver, in her mid-40s, was unhurt.", "mid-40s")
    assert (q.kind, q.value, q.qualifier) == ("age", 45, "approx")
    assert only("The average age of farmers is 59.", "59").unit == "count"  # "farmers is": no "age" before
    assert only("The average age is 59.", "59").kind == "age"
    assert only("The pension age will be raised to 68.", "68").kind == "age"
    assert only("The toll rose to 68.", "68").kind == "number"


def test_volumes_in_cubic_metres():
    q = only("The lake holds 4 million cubic metres of water.", "4 million")
    assert (q.kind, q.unit) == ("measurement", "cubic metre")


def test_plus_or_minus_is_a_margin_and_poll_points_are_percentage_points():
    q = only("The survey has a margin of plus or minus 2 points.", "2")
    assert (q.value, q.unit) == (2, "percent")
    assert only("Lows will fall to minus 2 tonight.", "minus 2").value == -2
    assert only("The poll gives Labour a 6 point lead.", "6").unit == "percent"
    # not reached: points in a game
    assert only("Arsenal are 6 points clear at the top.", "6").unit == "count"


def test_none_of_these_shapes_gives_a_claim():
    for text in ("The 5-2 favourite won by a length.", "Infant deaths fell to 4.1 per 1,000 births.",
                 "India were all out for 89, and Pakistan 312 for 7.", "Call 0800 123 4567 for help."):
        assert [c.number_text for c in extract_claims(text)] == [], text


@SETTINGS
@given(st.integers(1, 99), st.sampled_from([100, 1000, 10_000, 100_000]))
def test_n_per_a_power_of_ten_is_n_over_it(n, power):
    text = f"The rate was {n} per {power:,} people."
    q = only(text, f"{n} per {power:,}")
    assert q.value == pytest.approx(n / power)


@SETTINGS
@given(st.lists(st.integers(0, 99999), min_size=2, max_size=5), st.sampled_from(["-", " "]), st.text(max_size=12))
def test_digit_groups_never_raise_and_spans_hold(groups, sep, tail):
    text = "Call 0" + sep.join(str(g) for g in groups) + tail
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.surface


def test_a_capitalised_vague_word_in_a_name_is_no_count():
    assert kinds("She won the Mega Millions draw on Friday.") == []
    # not reached: a sentence start, a title in title case
    assert kinds("Thousands queued for tickets.") == [("Thousands", "number")]
    assert kinds("Storm Leaves Thousands Without Power") == [("Thousands", "number")]


def test_pc_after_digits_is_per_cent():
    q = only("Sales rose 4.5pc in May.", "4.5pc")  # fused "pc" is in the surface, as "%" (extract/numfigures.py)
    assert (q.unit, q.kind) == ("percent", "number")
    assert only("The office bought 12 PCs.", "12").unit == "count"


def test_a_g_fused_to_a_number_is_a_network_generation_and_gigabytes_stay_a_unit():
    assert kinds("Rural 4G coverage lags behind 5G in towns.") == [("4", "name"), ("5", "name")]
    assert only("The phone has 16GB of storage.", "16").kind == "measurement"


def test_turning_an_age():
    assert only("The singer turned 60 on Sunday.", "60").kind == "age"
    assert only("The museum turns 100 this year.", "100").kind == "age"
    # not reached: a count of things turned
    assert only("The crew turned 40 boats away.", "40").kind == "number"


@pytest.mark.parametrize("text, surface", [
    ("In the phase 3 trial of 2,812 patients, the drug cut the risk by 22%.", "3"),
    ("Most pupils got a grade 4 or above in maths.", "4"),
])
def test_a_lower_case_phase_or_grade_names_its_number(text: str, surface: str) -> None:
    got = [q for q in find_quantities(text) if q.surface == surface]
    assert got and got[0].kind == "name"


@pytest.mark.parametrize("text, surface, kind", [
    ("A book on the 1916 Somme offensive sold 250,000 copies.", "1916", "year"),
    ("Survivors of the 1994 Rwandan genocide gathered in Kigali.", "1994", "year"),
    ("Aid reached the 2000 Syrian refugees in the camp.", "2000", "number"),  # people counted: a plural noun
    ("Survivors of the 1994 Rwandan genocides met.", "1994", "number"),  # (a plural after the name: no year)
])
def test_a_year_may_name_an_event_after_a_name_or_two(text: str, surface: str, kind: str) -> None:
    got = [q for q in find_quantities(text) if q.surface == surface]
    assert got and got[0].kind == kind


def test_a_majority_verdict_is_one_score() -> None:
    got = [(q.surface, q.kind) for q in find_quantities("The jury reached a 10-2 majority verdict after nine hours.")]
    assert ("10-2", "score") in got


@pytest.mark.parametrize("text, surface, qualifier", [
    ("He joined for a fee of €65m plus €10m in add-ons.", "€65m", "exact"),
    ("The battalion has 40 plus a reserve of 10 tanks.", "40", "exact"),
    ("There were 30 plus casualties at the checkpoint.", "30", "at_least"),
])
def test_plus_before_another_amount_adds_it(text: str, surface: str, qualifier: str) -> None:
    got = [q for q in find_quantities(text) if q.surface == surface]
    assert got and got[0].qualifier == qualifier


@pytest.mark.parametrize("text, kinds", [
    ("Its three aims were: 1. lower rents, 2. more parking, 3. later opening.", ["number", "list", "list", "list"]),
    ("The toll rose to 12. Another 2 died later.", ["number", "number"]),
    ("Rebels killed 3, and 2. Later more died.", ["number", "number"]),  # no "1." before the "2.": no run
])
def test_dotted_list_numbers_in_running_text_need_a_run(text: str, kinds: list[str]) -> None:
    assert [q.kind for q in find_quantities(text)] == kinds


@pytest.mark.parametrize("text, surface, kind", [
    ("The mine will produce between 300,000 and 350,000 tonnes a year.", "300,000 and 350,000", "measurement"),
    ("The field turns out 2 million tonnes annually.", "2 million", "measurement"),
    ("Jets dropped 40 tons of explosives a day on the city.", "40", "number"),  # a load of war: counted
])
def test_a_weight_per_stretch_of_time_is_an_output(text: str, surface: str, kind: str) -> None:
    got = [q for q in find_quantities(text) if q.surface == surface]
    assert got and got[0].kind == kind
