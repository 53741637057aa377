"""Rules learnt when general news 29 was joined (session 24): an election's year, a past war's bomb defused, recruits.

Sentences are this file's own; tests/data/quantities/general_news_29.jsonl holds the writer's.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import extract_claims, find_quantities


def _only(text: str, surface: str):
    [q] = [q for q in find_quantities(text) if q.surface == surface]
    return q


@pytest.mark.parametrize("text,surface", [
    ("Turnout in the 2022 municipal elections was the lowest on record.", "2022"),
    ("Both parties are already campaigning for the 2027 general election.", "2027"),
    ("The 2024 European elections returned more nationalists.", "2024"),
])
def test_a_year_before_an_election_and_its_adjective_is_a_year(text, surface):
    assert _only(text, surface).kind == "year"


def test_people_an_election_employs_are_counted():
    q = _only("The commission hired some 2000 local election workers for the vote.", "2000")
    assert (q.kind, q.value) != ("year", 2000.0) and q.unit == "count"


@given(year=st.integers(1900, 2099), adjective=st.sampled_from(
    ["local", "general", "presidential", "parliamentary", "regional", "midterm", "mayoral"]),
    plural=st.booleans())
def test_any_year_before_an_election_is_a_year(year, adjective, plural):
    noun = "elections" if plural else "election"
    q = _only(f"Observers watched the {year} {adjective} {noun} closely.", str(year))
    assert q.kind == "year"


@pytest.mark.parametrize("text", [
    "Some 4,000 people left their homes while experts defused a bomb from the Second World War near the port.",
    "Firefighters evacuated 800 residents before a World War Two shell was defused on the building site.",
    "A wartime mine from the First World War was defused after 60 homes were cleared.",
])
def test_a_past_world_wars_bomb_defused_gives_no_claim(text):
    assert extract_claims(text) == []


def test_a_defused_bomb_in_a_war_of_today_stays_a_claim():
    text = "Sappers defused 25 mines planted by the militia after 300 families fled the fighting, the UN said."
    assert [c.number_text for c in extract_claims(text)] == ["25", "300"]


@pytest.mark.parametrize("text", [
    "The navy recruited 2,300 sailors this year, its best intake for a decade.",
    "The army is recruiting 5,000 soldiers a year to replace those who retire.",
])
def test_a_standing_forces_recruits_in_a_report_naming_no_war_give_no_claim(text):
    assert extract_claims(text) == []


def test_recruits_of_a_force_at_war_stay_forces():
    [c] = extract_claims("The militia recruited 300 fighters before the offensive on the town, residents said.")
    assert (c.number_text, c.measure) == ("300", "forces")
