"""Rules learnt when general news 30 was joined (session 24): a storm told by its gusts is weather.

Sentences are this file's own; tests/data/quantities/general_news_30.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest

from extract import extract_claims


@pytest.mark.parametrize("text", [
    "Gusts of 80mph brought down power lines, and 2,000 homes were left without electricity.",
    "Winds gusting to 70mph overnight left some 9,000 homes without power across the county.",
])
def test_homes_without_power_in_a_storm_told_by_its_gusts_give_no_claim(text):
    assert extract_claims(text) == []


def test_homes_left_without_power_by_shelling_stay_a_claim():
    [c] = extract_claims("Shelling left 40,000 homes without power in Aleppo, the council said.")
    assert (c.number_text, c.measure) == ("40,000", "capacity")
