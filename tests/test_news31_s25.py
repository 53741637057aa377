"""Rules learnt when general news 31 was joined (session 25): a race named by its distance, a temperature told
by a weather word, a player's tally over fixtures, a cricket total beside an opener's score, a prize's money, and
arrests after fans' clashes at a match.

Sentences are this file's own; tests/data/quantities/general_news_31.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from extract import extract_claims, find_quantities


def _q(text: str) -> list[tuple[str, float, str]]:
    return [(q.surface, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, surface", [
    ("She won the 800m by a stride in Rome.", "800"),
    ("The 1500m was won by a 19-year-old from Kenya.", "1500"),
    ("He finished fourth in the 10,000m.", "10,000"),
])
def test_a_standard_distance_after_the_is_a_race(text, surface):
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    assert (q.unit, q.value) == ("metre", float(surface.replace(",", "")))


@pytest.mark.parametrize("text, surface, value", [
    ("The 400m people who live on less than a dollar a day.", "400m", 400_000_000.0),
    ("The scheme cost 1500m last year, up from 1300m.", "1500m", 1_500_000_000.0),
])
def test_millions_stay_millions(text, surface, value):
    assert (surface, value, "count") in _q(text)


@pytest.mark.parametrize("text, surface", [
    ("Temperatures dropped to minus 14 overnight in the glens.", "minus 14"),
    ("The mercury sank to -22 in the valley.", "-22"),
])
def test_a_negative_bare_number_after_a_weather_word_is_a_temperature(text, surface):
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    assert q.unit == "temperature" and q.value < 0


def test_a_temperature_range_stays_a_range():
    [q] = find_quantities("Frost tonight, with lows of -4 to 2 °C.")
    assert (q.low, q.high) == (-4.0, 2.0)


def test_a_players_tally_over_fixtures_is_two_counts():
    assert _q("The winger now has 9 in 14 league games this season.") == [
        ("9", 9.0, "count"), ("14", 14.0, "count")]


def test_a_proportion_stays_a_ratio():
    [q] = find_quantities("One in five matches ended in a draw.")
    assert q.unit == "ratio" and q.value == pytest.approx(0.2)


def test_a_cricket_total_beside_an_unbeaten_opener_is_one_score():
    assert _q("England closed on 251 for 4, their opener unbeaten on 97.")[0] == ("251 for 4", 251.0, "score")


def test_a_prizes_money_is_no_funding():
    assert extract_claims("Two mediators who ended the civil war share the peace prize and will each get $600,000.") == []


def test_money_given_to_refugees_stays_funding():
    [c] = extract_claims("Donors pledged $40 million in aid for refugees of the civil war.")
    assert c.measure == "funding"


def test_arrests_after_fans_clashes_at_a_derby_are_no_claim():
    assert extract_claims("Police detained 31 people after clashes between rival supporters at the derby.") == []


@pytest.mark.parametrize("text, number", [
    ("Police arrested 31 people after clashes between rival militias near the derby ground.", "31"),
    ("Two fans were killed in clashes between rival fans before the derby.", "Two"),
])
def test_arrests_after_militias_clash_and_fans_killed_stay_claims(text, number):
    assert [c.number_text for c in extract_claims(text)] == [number]


@given(st.sampled_from(["the", "The"]), st.sampled_from(["100", "200", "400", "800", "1500", "5000"]),
       st.sampled_from([" by a second.", " final.", ".", " was won by her."]))
def test_race_names_read_as_metres(article, distance, tail):
    text = f"She won {article} {distance}m{tail}" if article == "the" else f"{article} {distance}m{tail}"
    [q] = [q for q in find_quantities(text) if q.surface.startswith(distance)]
    assert (q.unit, q.value) == ("metre", float(distance))
