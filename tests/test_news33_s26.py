"""Rules learnt when general news 33 was joined (session 26): a forecast's "lows of minus N" is a temperature; the
writers of letters or diaries on show count nothing of a war.

Sentences are this file's own; tests/data/quantities/general_news_33.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest

from extract import extract_claims, find_quantities


@pytest.mark.parametrize("text, surface", [
    ("Clear skies tonight will bring lows of minus 4 in rural areas.", "minus 4"),
    ("Forecasters expect highs of minus 2 in the glens on Sunday.", "minus 2"),
])
def test_a_bare_negative_reading_after_lows_or_highs_is_a_temperature(text, surface):
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    assert (q.value, q.unit) == (float(surface.split()[1]) * -1, "temperature")


def test_a_positive_number_after_lows_stays_a_count():
    [q] = [q for q in find_quantities("Shares hit lows twice in 2023, and 40 traders lost their jobs.")
           if q.surface == "40"]
    assert q.unit == "count"


@pytest.mark.parametrize("text", [
    "The regimental museum shows letters from 25 soldiers who fought at Ypres.",
    "The regiment's archive holds diaries of 12 officers who served in the Boer War.",
    "The library keeps memoirs of 20 soldiers who fought in Korea.",
    "The book prints letters written by 15 soldiers at Gallipoli.",
])
def test_the_writers_of_letters_or_diaries_on_show_are_no_claim(text):
    assert extract_claims(text) == []


def test_soldiers_killed_beside_letters_from_the_front_stay_a_toll():
    [c] = extract_claims("Shelling killed 30 soldiers near the river, according to letters from the front.")
    assert (c.number_text, c.measure) == ("30", "killed")


@pytest.mark.parametrize("text, surface", [
    ("Clear skies mean overnight lows of minus 7 are expected in the hills.", "minus 7"),
    ("Forecasters say highs of minus 3 are likely on Monday.", "minus 3"),
])
def test_a_verb_of_the_forecast_after_a_bare_negative_reading_leaves_it_a_temperature(text, surface):
    # (general news 34: "overnight lows of minus 9 are forecast")
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    assert q.unit == "temperature"


def test_a_count_after_a_forecast_verb_elsewhere_stays_a_count():
    [q] = [q for q in find_quantities("Strong winds are forecast, and 12 flights were cancelled.") if q.surface == "12"]
    assert q.unit == "count"
