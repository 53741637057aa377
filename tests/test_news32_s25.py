"""Rules learnt when general news 32 was joined (session 25): a level score after "draw", a wartime bomb made safe.

Sentences are this file's own; tests/data/quantities/general_news_32.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest

from extract import extract_claims, find_quantities


@pytest.mark.parametrize("text, surface", [
    ("The visitors fought back to draw 2-2 in the rain.", "2-2"),
    ("A win would put them top, but they could lose 3-1 again.", "3-1"),
])
def test_a_score_after_draw_or_lose_is_one_score(text, surface):
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    assert q.unit == "score"


def test_a_range_after_draw_stays_a_range():
    [q] = find_quantities("The fair hopes to draw 300-400 visitors a day.")
    assert (q.low, q.high) == (300.0, 400.0)


def test_households_evacuated_while_a_wartime_bomb_is_made_safe_give_no_claim():
    assert extract_claims("A wartime shell turned up at a school, and 1,800 residents were evacuated while it was "
                          "made safe.") == []


def test_people_displaced_by_shelling_in_a_sentence_saying_made_safe_stay_a_claim():
    [c] = extract_claims("Shelling forced 2,400 families to flee, and the road was only made safe in May.")
    assert (c.number_text, c.measure) == ("2,400", "displaced")
