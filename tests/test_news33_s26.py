"""Rules learnt when general news 33 was joined (session 26): a forecast's "lows of minus N" is a temperature.

Sentences are this file's own; tests/data/quantities/general_news_33.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest

from extract import find_quantities


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
