"""A part after a count written in words, and the noun after a part (extract/partof.py): "Seventy soldiers died,
20 of them in attacks" is a part of the seventy, and "in attacks" says how they died, not what the 20 are."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.numwords import SCALES, SMALL, TENS
from extract.partof import _COUNT_BEFORE
from tests.claim_probe import WAR, ClaimProbe

P = ClaimProbe(date(2023, 4, 2))


@pytest.mark.parametrize("text, part, subject", [
    ("Seventy soldiers lost their lives in the mission, 20 of them in attacks.", "20", "troops"),
    ("Sixty-one soldiers were killed in the offensive, nine of them in ambushes.", "nine", "troops"),
    ("Thirteen soldiers were wounded, four of them by sniper fire.", "four", "troops"),
])
def test_a_part_after_a_count_in_words_is_a_part_of_it(text, part, subject):
    kinds = P.kinds(WAR + text)
    whole = next(iter(kinds.values()))
    assert kinds[part][0] == whole[0]
    assert kinds[part][1] == subject


@pytest.mark.parametrize("text, part, subject", [
    # a noun right after "of them" still names the part
    ("Forty people were killed, 12 of them children.", "12", "children"),
    ("The rebels fired 83 rockets, 61 of them Grad rockets.", "61", "rocket"),
])
def test_a_noun_right_after_the_part_still_names_it(text, part, subject):
    assert P.kinds(WAR + text)[part][1] == subject


@given(st.sampled_from(sorted((*SMALL, *TENS, *SCALES, *(w + "s" for w in SCALES)))),
       st.sampled_from(["", "The ", "some ", "About "]))
def test_every_number_word_opens_the_search_for_a_count_before(word, lead):
    text = lead + (word.capitalize() if not lead else word) + " soldiers"
    assert _COUNT_BEFORE.search(text)
