"""Session 21, batch 29's claimants (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

import pytest

from extract import extract_claims


def _sources(text: str) -> list[str | None]:
    return [c.source for c in extract_claims(text)]


@pytest.mark.parametrize("text, source", [
    ("Within days the health ministry raised its toll for the day to 638.", "Health ministry"),
    ("Within hours the army said 40 rebels were killed.", "Army"),
    ("Within a week, the governor said 12 people had died.", "Governor"),
])
def test_a_span_of_time_opening_the_sentence_is_no_part_of_the_claimant(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize("text, source", [
    ("The interior ministry has always said eight of its officers died in the square.", "Interior ministry"),
    ("The army has long said 12 soldiers were killed in the raid.", "Army"),
])
def test_an_adverb_of_time_before_the_verb_is_no_part_of_the_claimant(text, source):
    assert _sources(text) == [source]


def test_a_claimant_named_within_is_kept():
    assert _sources("The Within Reach Foundation said 40 people were killed in the raid.") == [
        "Within Reach Foundation"]
