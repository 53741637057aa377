"""extract/qualifierwords.py: one list of the qualifiers the claim rules look past before a count (sentences of
our own)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claim_probe import ClaimProbe
from extract.qualifierwords import QUALIFIER_PHRASES, QUALIFIER_WORD_SET, qualifier_pattern

_PROBE = ClaimProbe(date(2019, 5, 14))
_WAR = "Fighting between the army and the rebels went on in the north on Monday.\n\n"


def test_the_pattern_matches_every_phrase_whole_and_the_longest_first():
    alt = re.compile(qualifier_pattern(), re.I)
    for p in QUALIFIER_PHRASES:
        assert alt.fullmatch(p), p
    assert alt.match("just under 40").group() == "just under"
    assert {"at", "least", "another", "further"} <= QUALIFIER_WORD_SET


@pytest.mark.parametrize("qualifier", ["about", "an estimated", "just", "as many as"])
def test_a_count_after_and_with_its_verb_left_out_shares_the_noun_whatever_its_qualifier(qualifier):
    text = _WAR + f"About 14 civilians were killed and {qualifier} 27 wounded on Monday in the town."
    assert ("27", "wounded", "civilians", "civilian") in _PROBE.claims(text)


def test_a_clinic_serving_as_many_as_a_number_counts_nothing():
    text = _WAR + "Shelling hit the only clinic serving as many as 40,000 people on Monday."
    assert "40,000" not in _PROBE.numbers(text)
