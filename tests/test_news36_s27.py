"""General news 36's one first-sight failure: a year before an event named by one or two capitalised words and a
plural event noun ("the 1944 D-Day landings") is a year, as "the 1916 Battle of the Somme" is."""

from __future__ import annotations

import pytest

from extract import find_quantities


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.kind) for q in find_quantities(text)]


@pytest.mark.parametrize("text, year", [
    ("A documentary on the 1944 Normandy landings opens on Friday.", "1944"),
    ("Veterans of the 1948 Berlin airlift met at Tempelhof.", "1948"),
    ("She wrote a history of the 1948 Soviet blockade.", "1948"),
    ("The museum tells the story of the 1944 D-Day landings in its new hall.", "1944"),
])
def test_a_year_before_a_named_event_is_a_year(text: str, year: str) -> None:
    assert (year, "year") in _kinds(text)


@pytest.mark.parametrize("text, count", [
    ("The 1500 Marines of the landing force came ashore at dawn.", "1500"),
    ("Some 1200 Allied troops waited on the beach.", "1200"),
])
def test_a_count_of_people_near_a_landing_stays_a_count(text: str, count: str) -> None:
    assert (count, "number") in _kinds(text)
