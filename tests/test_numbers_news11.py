"""Rules the number and claim layers learnt from general news 11 (tests/data/quantities/general_news_11.jsonl),
each tested on sentences written for this file, with sentences the rule must not reach."""

from __future__ import annotations

import pytest

from extract import extract_claims, find_quantities


def _one(text: str, surface: str):
    """The quantity found with this surface (exactly one)."""
    found = [q for q in find_quantities(text) if q.surface == surface]
    assert len(found) == 1, [(q.surface, q.kind, q.unit) for q in find_quantities(text)]
    return found[0]


# --- a troop of scouts or guides is no armed force (extract/scouttroops.py)
@pytest.mark.parametrize("text", [
    "The 3rd Leeds scout troop took 40 cubs camping.",
    "Some 1,200 guides from 45 troops marched through the town on Sunday.",
    "About 600 cubs and brownies in 25 troops slept under canvas at the county jamboree.",
])
def test_scout_troops_give_no_claim(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize("text", [
    "The army sent 140 troops to the border.",
    "The army sent 140 troops and 20 scouts to the border.",  # a word of war besides "troops"
    "Rebels ambushed 30 troops near the scout camp after the shelling.",
])
def test_troops_of_an_army_stay_forces(text):
    assert [c.measure for c in extract_claims(text)][:1] == ["forces"]


# --- a fused "m" before a word of length or a comparative is metres (extract/nummetres.py)
@pytest.mark.parametrize("text,surface,value", [
    ("Climbers turned back below the 6,190m summit of Denali.", "6,190", 6190.0),
    ("The new mast is 15m taller than the old one.", "15", 15.0),
    ("Engineers built a 450m-long viaduct over the gorge.", "450", 450.0),
    ("The waves were 3m higher than forecast.", "3", 3.0),
])
def test_fused_m_before_length_is_metres(text, surface, value):
    q = _one(text, surface)
    assert (q.value, q.unit, q.kind) == (value, "metre", "distance")


@pytest.mark.parametrize("text,surface,value", [
    ("The streaming service has 10m subscribers in Europe.", "10m", 10_000_000.0),
    ("Subscribers reached 260 million, up 15m on the year.", "15m", 15_000_000.0),
    ("Visitor numbers climbed to 2.6m, up 4% on last year.", "2.6m", 2_600_000.0),
])
def test_fused_m_of_counts_stays_millions(text, surface, value):
    q = _one(text, surface)
    assert (q.value, q.unit) == (value, "count")


# --- a year before the singular noun it dates, and "for 2026 rises" (extract/numyearnouns.py)
@pytest.mark.parametrize("text,surface", [
    ("Many lenders failed after the 2008 crash in property prices.", "2008"),
    ("The band announced the 2027 tour on its website.", "2027"),
    ("Their 2019 report was never published.", "2019"),
    ("The schools budget for 2027 rises 3% in cash terms.", "2027"),
    ("The council said the 2021 census showed growth.", "2021"),
])
def test_year_before_a_noun(text, surface):
    q = _one(text, surface)
    assert (q.kind, q.unit) == ("year", "year")


@pytest.mark.parametrize("text,surface", [
    ("The 2000 fans sang until midnight.", "2000"),
    ("Officials counted the 2000 displaced families in the camp.", "2000"),
    ("The 2000 wounded were flown out by helicopter.", "2000"),
    ("Builders finished the 2000 new homes last spring.", "2000"),
    ("They sold tickets for 2000 fans.", "2000"),
])
def test_counts_after_the_stay_counts(text, surface):
    q = _one(text, surface)
    assert (q.kind, q.unit) == ("number", "count")


# --- numbered places to moor or board are names (extract/numkinds.py name heads)
@pytest.mark.parametrize("text,surface", [
    ("The ferry tied up at Pier 39 shortly after noon.", "39"),
    ("Passengers for Gate 22 should board now.", "22"),
    ("The tanker waited at Berth 4 for two days.", "4"),
])
def test_berths_and_gates_are_names(text, surface):
    assert _one(text, surface).kind == "name"


# --- a game clock and a levelled series (extract/numsport.py)
def test_game_clock_into_a_period_is_a_duration():
    q = _one("The equaliser came 12:30 into the third period.", "12:30")
    assert (q.value, q.unit, q.kind) == (750.0, "second", "duration")
    q = _one("He scored with 1:45 remaining in the game.", "1:45")
    assert (q.value, q.kind) == (105.0, "duration")


def test_clock_time_stays_a_time():
    q = _one("The train left at 8:14 on Tuesday.", "8:14")
    assert q.kind == "time"


@pytest.mark.parametrize("text,surface", [
    ("The Celtics beat Miami to level the series 3-3.", "3-3"),
    ("Rovers levelled the tie at 1-1 before the break.", "1-1"),
])
def test_levelled_series_is_a_score(text, surface):
    assert _one(text, surface).kind == "score"


def test_a_range_after_series_stays_a_range():
    q = _one("The series of 3-5 talks starts in May.", "3-5")
    assert q.qualifier == "range"


# --- "over" after a rate or an average spans (extract/numspanover.py); nautical miles
def test_over_after_a_rate_is_a_span():
    q = _one("The yacht held 18 knots over 1,200 nautical miles.", "1,200")
    assert (q.qualifier, q.unit, q.high) == ("exact", "nautical mile", 1200.0)
    q = _one("The lorry averaged 50mph over 300 miles.", "300")
    assert (q.qualifier, q.unit) == ("exact", "mile")


@pytest.mark.parametrize("text", ["They sailed over 300 miles.", "Over 300 people came to the fair."])
def test_over_without_a_rate_is_a_lower_bound(text):
    assert _one(text, "300").qualifier == "at_least"


# --- "down a third" is a share of a change (extract/numchange.py); hectolitres and millilitres
def test_share_of_a_change():
    q = _one("Exports were down a quarter on last year.", "a quarter")
    assert (q.value, q.unit) == (25.0, "percent")
    assert [q.surface for q in find_quantities("She came down a third time.")] == []


@pytest.mark.parametrize("text,surface,unit", [
    ("The cellar holds 40 hectolitres of cider.", "40", "hectolitre"),
    ("Each child gets a 5ml spoonful.", "5", "millilitre"),
    ("Add 250 millilitres of milk.", "250", "millilitre"),
])
def test_volume_units(text, surface, unit):
    q = _one(text, surface)
    assert (q.unit, q.kind) == (unit, "measurement")


def test_ml_in_capitals_is_no_volume():
    assert _one("The ML team has 5 engineers.", "5").unit == "count"


# --- the new readers never fail on any text, and a surface is always the text it spans
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["the ", "2026 ", "8:14 ", "into the period ", "20m ", "taller ", "over ", "knots ",
                           "down ", "a third ", "to ", "28 ", "hectolitres ", "0.5ml ", "2-2 ", "series ", "level ",
                           "Berth ", "9 ", "scouts ", "140 troops ", "nautical miles ", ", ", ". "])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_readers_never_fail(text):
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.surface
    extract_claims(text)


@pytest.mark.parametrize("text", [
    "Local guides led 300 troops through the mountain pass.",  # guides who know the way, not a movement
    "The regiment deployed 140 troops near the scout hut.",  # no scouts in the troops
])
def test_scouts_and_guides_alone_do_not_unmake_forces(text):
    assert [c.measure for c in extract_claims(text)][:1] == ["forces"]
