"""Rules learnt from general news 22 (sport and travel): a side's casualty list (extract/peacetolls.py), ages after
a step in a life (numlifeages.py) and after a player's role, game clocks, lap times, series and judges' scores and
odds (numsport.py), travel names, dotted departures and a speed said before (numtravel.py, numkinds.py), a glued
capital after a name head, seasons "2019-20" (numranges.py); each on sentences written for this test, with the
cases it must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities
from number_probe import measured, only


# ----------------------------------------------------------------------------------------- claims of peacetime

@pytest.mark.parametrize("text", [
    "Leeds won 2-0 at home, but the hosts' casualty list grew to five after the derby.",
    "The visitors' injury list reached seven before the cup tie on Sunday.",
    "The casualty list rose to four first-choice players after a bruising draw at Burnley.",
    "By half-time the casualty list had grown to three injured players, both full-backs among them.",
])
def test_a_sides_casualty_list_in_a_report_of_peace_gives_no_claim(text):
    assert measured(text) == []


@pytest.mark.parametrize("text,want", [
    # a war named in the report keeps the harm a claim, whoever owns the list
    ("Rebels shelled the stadium on Friday. The visitors' casualty list grew to six injured players.",
     [("six", "wounded")]),
    ("Six players were wounded when a rocket hit the training ground in Donetsk.", [("Six", "wounded")]),
    # a list of the dead of a war, not told in players, stays a toll
    ("The casualties list grew to 38 after the shelling of the market.", [("38", "killed")]),
])
def test_the_same_words_beside_a_war_stay_claims(text, want):
    assert measured(text) == want


# ----------------------------------------------------------------------------------------- ages

@pytest.mark.parametrize("text,surface", [
    ("She reached her first Grand Slam final at 18.", "18"),
    ("He made his debut at 16 against Everton.", "16"),
    ("The poet died at 91, in the house where she was born.", "91"),
    ("He retired at 34 after a knee injury.", "34"),
    ("Their goalkeeper, 38, saved a penalty in stoppage time.", "38"),
    ("The jockey, 23, rode two winners on the card.", "23"),
    ("Children under 3 travel free on every line.", "3"),
    ("Adults over 60 pay half on off-peak trains.", "60"),
])
def test_ages(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("age", "year")


@pytest.mark.parametrize("text,surface,kind", [
    ("The index closed at 19.", "19", "number"),  # no step of a life before "at"
    ("She scored her first goal at 19 minutes.", "19", "duration"),  # a unit follows
    ("Her first shop opened at 9 Market Street.", "9", "number"),  # the clause goes on with an address
    ("The squad, 23, flew out on Monday.", "23", "number"),  # a squad is no person
    ("Children under 5 feet tall ride free.", "5", "distance"),  # a unit after "under 5"
])
def test_not_ages(text, surface, kind):
    assert only(text, surface).kind == kind


# ----------------------------------------------------------------------------------------- sport

@pytest.mark.parametrize("text,surface,secs", [
    ("The Bears scored with 0:48 left to force overtime.", "0:48", 48.0),
    ("With 2:05 to go, the hosts led by a point.", "2:05", 125.0),
    ("Her best lap was 1:33.8 in qualifying.", "1:33.8", 93.8),
    ("He won the mile in 3:47.25 on Saturday.", "3:47.25", 227.25),
    ("She finished the marathon in 2:18:40.5 in Chicago.", "2:18:40.5", 8320.5),
])
def test_game_clocks_and_lap_times_are_seconds(text, surface, secs):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("duration", "second") and q.value == pytest.approx(secs)


@pytest.mark.parametrize("text,surface", [
    ("The 8:15 left on time from platform two.", "8:15"),  # a train's departure: no "with" before
    ("We met at 9:40. 3 people came.", "9:40"),  # a stop and a space after the clock: no tenths
])
def test_clock_times_stay_times(text, surface):
    assert only(text, surface).kind == "time"


@pytest.mark.parametrize("text,scores", [
    ("Australia wrapped up a 3-1 series win in Sydney.", ["3-1"]),
    ("He took the belt on the cards, 118-110, 116-112 and 115-113.", ["118-110", "116-112", "115-113"]),
    ("The judges scored it 97-93 and 96-94 for the challenger.", ["97-93", "96-94"]),
])
def test_series_and_judges_scores(text, scores):
    got = [q.surface for q in find_quantities(text) if q.kind == "score"]
    assert got == scores


def test_a_run_of_ranges_low_to_high_is_no_score():
    found = find_quantities("Those aged 18-24, 25-34 and 35-44 were asked.")
    assert [q.kind for q in found if q.surface in ("25-34", "35-44")] and all(
        q.kind != "score" for q in found)


@pytest.mark.parametrize("text,surface,value", [
    ("The 9/2 shot stayed on to win the Gold Cup.", "9/2", 4.5),
    ("A 33-1 shot came home first at Aintree.", "33-1", 33.0),
    ("She went off the evens favourite and won easily.", "evens", 1.0),
    ("The grey was backed at evens all morning.", "evens", 1.0),
])
def test_odds(text, surface, value):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("number", "ratio") and q.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "A late goal evens the score at 1-1.",
    "It all evens out over a long season.",
])
def test_evens_the_verb_is_no_odds(text):
    assert all(q.surface != "evens" for q in find_quantities(text))


def test_shot_dead_after_a_pair_is_no_odds():
    assert all(q.unit != "ratio" for q in find_quantities("Between 10-15 shot dead at the checkpoint."))


# ----------------------------------------------------------------------------------------- travel

@pytest.mark.parametrize("text,surface", [
    ("Change at platform 4 for the coast.", "4"),
    ("The lorry broke down near junction 23 of the M6.", "23"),
    ("He sat in seat 22A by the window.", "22"),
    ("She boarded at Gate 31B with minutes to spare.", "31"),
    ("The 38 bus is diverted this weekend.", "38"),
    ("I caught the 15 tram into town.", "15"),
])
def test_travel_names(text, surface):
    assert only(text, surface).kind == "name"


@pytest.mark.parametrize("text,surface,kind", [
    ("The 12 bus drivers walked out on Monday.", "12", "number"),  # "bus" modifies a plural noun
    ("The 40 buses were all late.", "40", "number"),
    ("The platform 200 metres long was closed.", "200", "distance"),  # a unit after a common head
    ("Expect highs of 21C in the south.", "21", "measurement"),  # a glued capital with no name head: a unit
    ("It was 14C and raining in Leeds.", "14", "measurement"),
])
def test_travel_names_not_reached(text, surface, kind):
    assert only(text, surface).kind == kind


def test_dotted_departure_is_a_time():
    q = only("The 7.05 from Exeter was cancelled.", "7.05")
    assert (q.kind, q.unit) == ("time", "time") and q.value == pytest.approx(7 + 5 / 60)


@pytest.mark.parametrize("text,surface", [
    ("Shares rose to 12.40 from 11.90.", "12.40"),  # no article: a price from a price
    ("The 12.40 from sales was a record.", "12.40"),  # "from" and no place
])
def test_dotted_numbers_that_are_no_departure(text, surface):
    assert only(text, surface).kind == "number"


def test_speed_said_before():
    q = only("The road has a 40mph limit, and one van was caught doing 71.", "71")
    assert (q.kind, q.unit) == ("measurement", "speed")


@pytest.mark.parametrize("text,surface", [
    ("He was doing 90 on the motorway.", "90"),  # no unit of speed said
    ("A 20mph limit applies; she was doing 60 press-ups.", "60"),  # a noun after the number
])
def test_doing_a_number_without_a_speed(text, surface):
    assert only(text, surface).kind == "number"


@pytest.mark.parametrize("text", ["Costs rose in 2021-22.", "Spending fell by a third of 2019-20 levels.",
                                  "the 1.2 billion of 1999-00"])
def test_a_season_is_a_year(text):
    years = [q for q in find_quantities(text) if q.kind == "year"]
    assert len(years) == 1 and "-" in years[0].surface


# ----------------------------------------------------------------------------------------- properties

@settings(max_examples=60, deadline=None)
@given(year=st.integers(1800, 2199))
def test_the_next_years_two_digits_make_a_season(year):
    """"YYYY-YY" with the next year's digits is one year, whatever stands before it ("of", "the total of")."""
    season = f"{year}-{(year + 1) % 100:02d}"
    assert [q.surface for q in find_quantities(f"The total of {season} was high.") if q.kind == "year"] == [season]


@settings(max_examples=60, deadline=None)
@given(year=st.integers(1000, 2999), two=st.integers(0, 99))
def test_split_year_takes_only_the_next_years_digits(year, two):
    """extract/numranges.py `split_year`: a year of 1800 to 2199 and the next year's two digits, nothing else."""
    from extract.numranges import split_year
    from extract.numscan import _Atom

    a, b = _Atom(0, 4, float(year), digits=str(year)), _Atom(5, 7, float(two), digits=f"{two:02d}")
    assert split_year(a, b) == (1800 <= year <= 2199 and two == (year + 1) % 100)


@settings(max_examples=60, deadline=None)
@given(m=st.integers(0, 19), s=st.integers(0, 59), t=st.integers(0, 999))  # (laps and races under 20 minutes)
def test_lap_times_are_their_seconds(m, s, t):
    lap = f"{m}:{s:02d}.{t}"
    q = only(f"She set a lap of {lap} in practice.", lap)
    assert q.kind == "duration" and q.value == pytest.approx(m * 60 + s + float(f"0.{t}"))


@settings(max_examples=60, deadline=None)
@given(a=st.integers(90, 120), d1=st.integers(1, 9), d2=st.integers(1, 9))
def test_cards_high_first_are_scores_low_first_are_not(a, d1, d2):
    cards = f"{a}-{a - d1}, {a + 1}-{a + 1 - d2}"
    got = [q.kind for q in find_quantities(f"He won on the cards, {cards}, in Las Vegas.")]
    assert got[:2] == ["score", "score"]
    rising = f"{a - d1}-{a}, {a + 1 - d2}-{a + 1}"
    assert "score" not in [q.kind for q in find_quantities(f"He won on the cards, {rising}, in Las Vegas.")]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 99), head=st.sampled_from(["seat", "platform", "junction", "Gate", "Room"]),
       letter=st.sampled_from("ABCDEF"))  # ("K" after digits is a thousand: "1K")
def test_a_glued_capital_after_a_name_head_is_part_of_the_name(n, head, letter):
    q = only(f"She waited by {head} {n}{letter} for an hour.", str(n))
    assert q.kind == "name"
