"""Rules of the number layer learnt from general news (session 4, tests/data/quantities/general_news_5.jsonl).

Each rule is tested on sentences written here, with the case it must not reach next to it.
"""

from __future__ import annotations

import pytest

from extract import find_quantities
from number_probe import kinds, only


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # series that number their members: indexes, spacecraft, aircraft, products
    ("The Nikkei 225 closed higher on Friday.", "225", "name"),
    ("Voyager 1 left the solar system years ago.", "1", "name"),
    ("The airline grounded its Airbus 320 fleet.", "320", "name"),
    ("Windows 11 will be free for schools.", "11", "name"),
    # not reached: a count after a place or a maker's name and a verb
    ("In Aleppo 12 civilians were killed.", "12", "number"),
    ("Airbus delivered 60 planes in May.", "60", "number"),
])
def test_numbered_series_are_names(text, surface, kind):
    assert only(text, surface).kind == kind


def test_world_ranking_is_an_ordinal_and_other_numbers_stay_names():
    assert only("She beat the world No 3 in Madrid.", "3").kind == "ordinal"
    assert only("Resolution No 5 passed on Monday.", "5").kind == "name"


def test_a_run_of_set_scores_is_scores_whatever_comes_before():
    text = "She beat the champion from Spain 6-4 3-6 7-6 in Rome."
    assert kinds(text) == [("6-4", "score"), ("3-6", "score"), ("7-6", "score")]
    # not reached: one dashed pair alone, or pairs that are no sets
    assert only("They counted 6-7 trucks and 5-6 jeeps.", "6-7").kind == "number"
    assert only("Children aged 8-10 and 11-13 took part.", "11-13").qualifier == "range"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Lows of minus 8 degrees are expected tonight.", "minus 8", -8, "temperature"),
    ("Growth came in at minus 0.3% in the quarter.", "minus 0.3%", -0.3, "percent"),
])
def test_minus_in_words_is_a_sign(text, surface, value, unit):
    q = only(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_minus_after_a_number_subtracts():
    assert [q.value for q in find_quantities("They had 40 minus 5 returned units.")] == [40, 5]


def test_ages_over_a_mark_before_an_auxiliary():
    q = only("Women over 50 have a higher risk, the study found.", "50")
    assert (q.kind, q.qualifier, q.low, q.high) == ("age", "at_least", 50, None)
    q = only("Over 50 have died since Monday.", "50")  # not reached: no age group before
    assert (q.kind, q.qualifier) == ("number", "at_least")


@pytest.mark.parametrize(("text", "surface"), [
    ("The talks open on March 3 in Oslo.", "March 3"),
    ("The landings began on June 6, 1944, at dawn.", "June 6, 1944"),
    ("The strike began in June 2016 and lasted.", "June 2016"),
    ("Fighting resumed on May the 23rd.", "May the 23rd"),
    # day-first dates were always written whole; a sentence's full stop is no abbreviation's stop
    ("They met again on 14 February.", "14 February"),
    ("They met on 2 May.", "2 May"),
    ("They met on 5 Sept. in Rome.", "5 Sept."),
])
def test_a_date_is_written_from_its_month(text, surface):
    assert only(text, surface).kind == "date"


def test_a_share_of_a_change_is_a_percentage():
    q = only("The new engine burns a quarter less fuel.", "a quarter")
    assert (q.kind, q.unit, q.value) == ("number", "percent", 25)
    assert find_quantities("He won a third term in office.") == []  # not reached: an ordinal


def test_passing_a_mark_of_a_total_named_after_the_number():
    q = only("The channel passed 5 million subscribers this week.", "5 million")
    assert (q.qualifier, q.low, q.high) == ("at_least", 5e6, None)
    assert only("Parliament passed 2 budgets this year.", "2").qualifier == "exact"


def test_tolls_of_events_top_a_mark():
    assert only("March kidnappings top 150", "150").qualifier == "at_least"
    assert only("Rebels killed the top 3 commanders.", "3").qualifier == "exact"


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("The wall was begun in AD 122 by the emperor.", "122", "year"),
    ("The temple dates from 500 BC.", "500", "year"),
    ("She scored 40 A grades.", "40", "number"),  # not reached: a capital letter that is no era
])
def test_years_of_an_era(text, surface, kind):
    assert only(text, surface).kind == kind


def test_items_numbered_in_running_text_are_list_numbers():
    text = "The union wants two things: 1) a 5% rise, 2) shorter shifts and 3) more staff."
    assert kinds(text) == [("two", "number"), ("1", "list"), ("5%", "number"), ("2", "list"), ("3", "list")]
    # not reached: a number closed by ")" inside brackets
    assert kinds("The toll (up from 30, 45) rose again.") == [("30", "number"), ("45", "number")]


def test_a_change_from_one_value_to_another_is_two_values():
    text = "The bank will cut rates from 5% to 4.5% in June."
    assert [(q.surface, q.qualifier) for q in find_quantities(text)] == [("5%", "exact"), ("4.5%", "exact")]
    q = only("Tickets cost from £45 to £250.", "£45 to £250")  # not reached: no verb of change
    assert q.qualifier == "range"


def test_a_hyphenated_tonnage_is_a_weight_unless_it_explodes():
    q = only("A 44-tonne lorry jack-knifed on the motorway.", "44")
    assert (q.kind, q.unit) == ("measurement", "tons")
    for text in ("A 2-ton car bomb hit the gate.", "A 5-ton blast shook the port."):
        q = [q for q in find_quantities(text) if q.unit == "tons"][0]
        assert q.kind == "number"


def test_nanometres_are_a_length():
    q = only("The chip is made on a 2-nanometre process.", "2")
    assert (q.kind, q.unit) == ("distance", "nanometre")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("The wind farm will supply 300 gigawatt hours a year.", "300", "gigawatt hour"),
    ("The battery stores 13.5 kWh.", "13.5", "kilowatt hour"),
    ("A 2 MW turbine turned.", "2", "megawatt"),
    ("A 60-watt bulb glowed.", "60", "watt"),
])
def test_energy_units_keep_their_prefix(text, surface, unit):
    assert only(text, surface).unit == unit


def test_estimated_to_be_is_approximate():
    assert only("The herd is estimated to be 4,000 strong.", "4,000").qualifier == "approx"
    assert only("The herd is said to be 4,000 strong.", "4,000").qualifier == "exact"


def test_two_years_joined_by_and_stay_two_years():
    text = "Between 2001 and 2011 the town doubled in size."
    assert kinds(text) == [("2001", "year"), ("2011", "year")]
    assert kinds("The survey ran from 2001 to 2011.") == [("2001 to 2011", "year")]  # a span stays one


@pytest.mark.parametrize("text", ["The 1992-95 war left the city divided.", "After the 2014-2016 drought, farms shut."])
def test_a_span_of_years_is_a_year_not_two_counts(text):
    assert [k for _, k in kinds(text)] == ["year"]


def test_a_range_of_four_digit_counts_stays_a_range():
    q = only("Between them, 1500-2000 fighters crossed.", "1500-2000")
    assert (q.kind, q.qualifier, q.low, q.high) == ("number", "range", 1500, 2000)


def test_over_after_a_distance_spreads_it():
    assert only("The rally covers 900 km over 6 stages.", "6").qualifier == "exact"
    assert only("Rebels advanced 12 km and over 200 fled.", "200").qualifier == "at_least"


def test_a_unit_left_out_after_from_to_is_carried_over():
    q = only("The ferry cut the trip from 90 minutes to 50.", "50")
    assert (q.kind, q.unit) == ("duration", "minute")
    q = only("Roads ran from 40 km to 10 villages.", "10")  # not reached: "10" counts villages
    assert (q.kind, q.unit) == ("number", "count")


def test_a_dollar_amount_after_to_is_no_exchange_rate():
    q = only("Seats cost from $15 to $30 each.", "$15 to $30")
    assert (q.unit, q.qualifier, q.low, q.high) == ("usd", "range", 15, 30)
    assert only("The pound fell to 580 pounds to the $.", "580").unit == "ratio"  # not reached: "to the $"


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("The S&P 500 rose 1% on Friday.", "500", "name", "name"),
    ("A Category 4 hurricane made landfall.", "4", "name", "name"),
    ("A magnitude-7.2 quake hit the coast.", "7.2", "measurement", "magnitude"),
    ("The 2028 Olympics will be held in Los Angeles.", "2028", "year", "year"),
    ("He has coached 2000 games in all.", "2000", "number", "count"),  # not reached: lower-case games
])
def test_more_names_magnitudes_and_years(text, surface, kind, unit):
    q = only(text, surface)
    assert (q.kind, q.unit) == (kind, unit)


def test_a_vote_passed_with_a_dash_is_a_score():
    assert kinds("The motion passed 61-39 after a long debate.") == [("61-39", "score")]
    assert kinds("They counted 39-61 ballots.")[0] == ("39-61", "number")  # not reached: a range, no verb


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("She was jailed for four and a half years.", "four and a half", 4.5, "year"),
    ("The meeting ran 2½ hours.", "2½", 2.5, "hour"),
    ("One and a half million people voted.", "One and a half million", 1.5e6, "count"),
])
def test_a_half_after_a_whole_number(text, surface, value, unit):
    q = only(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_a_range_of_millimetres_is_a_length_not_a_calibre():
    q = only("Forecasters expect 15-25mm of rain, locally 40mm.", "15-25")
    assert (q.kind, q.unit, q.low, q.high) == ("distance", "millimetre", 15, 25)
    assert only("They fired a 30mm cannon.", "30").kind == "calibre"  # not reached: one bore


@pytest.mark.parametrize("text,surface", [
    ("The poll was taken between 3 and 7 March.", "3 and 7 March"),
    ("The fair runs from 10 to 12 May, and 1-3 June.", "10 to 12 May"),
])
def test_a_span_of_days_in_one_month_is_one_date(text, surface):
    assert only(text, surface).kind == "date"


def test_half_of_one_unit_is_no_share():
    assert [q.surface for q in find_quantities("Rates were cut by half a percentage point.")] == []
    q = only("Demand fell by half.", "half")  # not reached: half of the demand
    assert (q.unit, q.value) == ("percent", 50)


def test_a_span_of_years_before_average_is_years():
    assert kinds("Rainfall was 20% above the 1981-2010 average.")[1] == ("1981-2010", "year")


@pytest.mark.parametrize(("text", "surface"), [
    ("The air force ordered 12 F-35A jets.", "12"),
    ("Russia sent 4 Su-24 bombers.", "4"),
    ("They shot down 6 MiG-29s.", "6"),
])
def test_a_model_name_after_a_count_is_no_unit(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("number", "count")


def test_a_unit_symbol_without_a_model_number_stays_a_unit():
    assert only("The dose is 30 mg a day.", "30").kind == "measurement"


def test_inches_fused_to_digits():
    q = only("The storm left 5in of snow on the roads.", "5")
    assert (q.kind, q.unit) == ("distance", "inch")
    assert only("Shelling killed 3in Homs.", "3").unit != "inch"  # not reached: a missing space before a place


def test_scaled_decimals_have_their_exact_value():
    assert only("Sales reached 4.1 million units.", "4.1 million").value == 4_100_000


def test_a_height_after_a_ground_or_weather_word_is_an_altitude():
    q = only("Heavy snow is forecast above 800 metres on Friday.", "800")
    assert (q.qualifier, q.low, q.high) == ("exact", 800, 800)
    assert only("Waves above 12 metres hit the pier.", "12").qualifier == "at_least"  # not reached: a bound
