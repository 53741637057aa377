"""Rules learnt when general news 28 was joined (session 23): an age right after one person, a world war's ordnance.

Sentences are this file's own; tests/data/quantities/general_news_28.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import extract_claims, find_quantities
from extract.numcontext import PERSON_NOUNS


def _only(text: str, surface: str):
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    return q


@pytest.mark.parametrize("text,surface,qualifier", [
    ("The board appointed its first chairwoman under 35.", "35", "at_most"),
    ("Voters elected a mayor over 80, the oldest in the state's history.", "80", "at_least"),
    ("She became the first judge under 40 on the court.", "40", "at_most"),
])
def test_under_or_over_right_after_one_person_is_an_age(text, surface, qualifier):
    q = _only(text, surface)
    assert (q.kind, q.unit, q.qualifier) == ("age", "year", qualifier)


@pytest.mark.parametrize("text,surface", [
    ("Rebels killed a soldier and over 40 civilians.", "40"),  # "and" stands between the person and "over"
    ("The minister spoke for over 40 minutes.", "40"),  # a span of time
    ("Each soldier over 40 was sent home.", "40"),  # the clause goes on: left as a count
])
def test_under_or_over_not_right_after_a_person_closing_the_clause_stays_what_it_was(text, surface):
    assert _only(text, surface).kind != "age"


@given(noun=st.sampled_from(sorted(w for w in PERSON_NOUNS if w.isalpha())), n=st.integers(18, 99),
       mark=st.sampled_from(["under", "over"]))
def test_any_person_noun_under_or_over_a_number_closing_the_sentence_is_an_age(noun, n, mark):
    q = _only(f"The party named its first {noun} {mark} {n}.", str(n))
    assert (q.kind, q.unit) == ("age", "year")


@pytest.mark.parametrize("text", [
    "Workers digging a car park in Arnhem found 40 unexploded grenades from the Second World War.",
    "Divers recovered 6 unexploded mines from World War II off the coast, the navy said.",
    "A builder turned up three unexploded mortar bombs from the Great War beside the canal.",
])
def test_a_world_wars_unexploded_ordnance_found_today_is_no_claim(text):
    assert extract_claims(text) == []


def test_unexploded_ordnance_without_a_world_war_is_read_as_before():
    text = "Troops seized 40 rifles and 6 unexploded rockets from the rebels near Idlib."
    assert [c.number_text for c in extract_claims(text)] == ["40", "6"]
