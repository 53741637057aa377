"""Rules of the number layer learnt from general news (session 4, tests/data/quantities/general_news_6.jsonl).

Each rule is tested on sentences written here (none of them is a sentence of the data file), with the case it
must not reach next to it.
"""

from __future__ import annotations

import pytest

from extract import find_quantities
from number_probe import kinds, only


def test_a_tiebreak_in_brackets_is_a_score_and_the_run_goes_on():
    text = "Swiatek won 6-7 (5-7) 6-3 7-6 (10-8) in Doha."
    assert kinds(text) == [("6-7", "score"), ("5-7", "score"), ("6-3", "score"), ("7-6", "score"), ("10-8", "score")]
    # not reached: a dashed pair in brackets after no set score is a range
    q = only("Crews worked long shifts (5-7 hours) on the line.", "5-7")
    assert (q.kind, q.qualifier, q.low, q.high) == ("duration", "range", 5, 7)


@pytest.mark.parametrize(("text", "surface"), [
    ("The Eagles sealed a 31-28 overtime win in Denver.", "31-28"),
    ("Italy reached the final with a 4-3 penalty shootout victory.", "4-3"),
])
def test_a_word_of_how_a_game_was_won_may_stand_before_the_noun(text, surface):
    assert only(text, surface).kind == "score"


def test_a_range_before_a_noun_that_is_no_result_stays_a_range():
    q = only("The pass took 20-25 overtime hours to clear.", "20-25")
    assert (q.qualifier, q.low, q.high) == ("range", 20, 25)


def test_a_felt_temperature_and_a_bare_negative_reading_after_a_temperature():
    q = only("The wind will make it feel like minus 12 on the hills.", "minus 12")
    assert (q.kind, q.unit, q.value) == ("measurement", "temperature", -12)
    q = only("Lows of -4C are forecast in Bergen, and minus 18 inland.", "minus 18")
    assert (q.kind, q.unit, q.value) == ("measurement", "temperature", -18)
    # not reached: a noun after "felt like", or a negative number in another sentence
    assert only("It felt like 100 people were in the room.", "100").unit == "count"
    assert only("Lows of -4C are forecast. The index stood at minus 18 points.", "minus 18").unit == "count"


@pytest.mark.parametrize(("text", "surface", "qualifier", "unit"), [
    ("The probe flew within 900 km of the moon.", "900", "at_most", "km"),
    ("Results are due within 48 hours of the close.", "48", "at_most", "hour"),
])
def test_within_bounds_a_distance_or_a_time(text, surface, qualifier, unit):
    q = only(text, surface)
    assert (q.qualifier, q.unit, q.low, q.high) == (qualifier, unit, None, q.value)


def test_tons_of_a_cargo_are_a_weight_and_tons_of_explosives_count():
    q = only("Customs seized 4.5 tonnes of heroin on a lorry.", "4.5")
    assert (q.kind, q.unit) == ("measurement", "tons")
    assert only("The ship carried 300 tons of wheat.", "300").kind == "measurement"
    # not reached: explosives and ammunition are claims, and tons with no "of" stay as they were
    for text, surface in [("The truck held 2 tons of explosives.", "2"), ("They moved 50 tons of ammunition.", "50"),
                          ("Jets dropped 20 tons on the town.", "20")]:
        q = only(text, surface)
        assert (q.kind, q.unit) == ("number", "tons")


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("The driver, aged just 19, was unhurt.", "19", "exact"),
    ("A man aged about 60 was found at the scene.", "60", "approx"),
    ("Anyone aged at least 16 may vote in the local poll.", "16", "at_least"),
])
def test_words_between_aged_and_the_age(text, surface, qualifier):
    q = only(text, surface)
    assert (q.kind, q.unit, q.qualifier) == ("age", "year", qualifier)


def test_people_who_were_under_or_over_an_age():
    q = only("Most of the passengers were over 70, the airline said.", "70")
    assert (q.kind, q.qualifier) == ("age", "at_least")
    q = only("Two of the four defendants were under 16 when it happened.", "16")
    assert (q.kind, q.qualifier) == ("age", "at_most")
    # not reached: no people before the verb, or a noun after the number
    assert only("Prices were under 18, the survey said.", "18").kind == "number"
    assert only("The players were over 20 points behind.", "20").kind == "number"


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("The new console runs at 3.5GHz with 16 GB of memory.", "3.5", "gigahertz"),
    ("The station broadcasts on 97.6 MHz.", "97.6", "megahertz"),
    ("Mains power in Europe runs at 50 Hz.", "50", "hertz"),
])
def test_frequencies_are_measurements(text, surface, unit):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("measurement", unit)


def test_a_fused_frequency_after_up_to_keeps_its_bound():
    q = only("The chip boosts to up to 4.8GHz.", "4.8")
    assert (q.qualifier, q.high, q.low) == ("at_most", 4.8, None)


def test_numbered_roads_are_names():
    assert only("Interstate 10 was closed near Phoenix.", "10").kind == "name"
    assert only("Traffic queued back to Junction 14 on Friday.", "14").kind == "name"
    # not reached: a count after a place name
    assert only("In Phoenix 10 roads were closed.", "10").kind == "number"


def test_items_numbered_in_brackets_in_running_text_are_list_numbers():
    text = "The deal has three parts: (1) a tax cut, (2) new rail links and (3) a pay rise."
    assert [(q.surface, q.kind) for q in find_quantities(text) if q.kind == "list"] == [
        ("1", "list"), ("2", "list"), ("3", "list")]
    # not reached: a number in brackets that follows no list lead, or inside another bracket
    assert only("Revenue (2) fell in May.", "2").kind == "number"
    assert only("Sales rose (up 30, (45) of them new).", "45").kind == "number"


def test_a_fused_m_after_a_count_in_millions_is_millions():
    q = only("Listeners reached 42 million, up 3m on last year.", "3m")
    assert (q.value, q.unit) == (3_000_000, "count")
    # not reached: metres, with no millions before, or a length word after
    assert only("The tide rose 4 metres, up 3m on last year.", "3").unit == "metre"
    assert only("Crowds of 2 million saw a 3m high statue.", "3").unit == "metre"
