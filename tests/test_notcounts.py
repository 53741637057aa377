"""extract/notcounts.py: a definition's threshold counts nothing, but only inside the definition's own clause
(sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_probe import ClaimProbe

_PROBE = ClaimProbe(date(2019, 5, 14))
numbers = _PROBE.numbers

_WAR = "Fighting between the army and the rebels went on in the north on Monday.\n\n"


@pytest.mark.parametrize("word", ["threshold", "mark", "milestone"])
def test_a_toll_passing_a_threshold_stays_a_claim(word):
    text = _WAR + (f"Rockets killed 25 people in the port on Monday, medics said, as the war's toll crossed the "
                   f"bleak {word} of 8,000.")
    assert numbers(text) == ["25", "8,000"]


@pytest.mark.parametrize("text", [
    "We define a massacre as the killing of five or more unarmed people in one raid.",
    "A raid is defined as a massacre when at least four people are killed.",
    "An attack qualifies as a massacre when six or more people die.",
])
def test_a_definitions_threshold_is_no_count(text):
    assert numbers(_WAR + text) == []


@pytest.mark.parametrize("text,kept", [
    ("We define a massacre as the killing of five or more people, and our teams recorded 40 such massacres in May.",
     ["40"]),
    ("We define five kinds of harm; soldiers killed 12 people in the village.", ["12"]),
])
def test_a_definition_reaches_only_its_own_clause(text, kept):
    assert numbers(_WAR + text) == kept
