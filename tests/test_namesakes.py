"""A small world town far from every local place of the report keeps its name but gets no map point
(extract/namesakes.py). Own sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extract import extract_claims
from extract.namesakes import FAR_KM, km_between, unplace_namesake
from extract.placeextent import Place


def _where(text: str, number: str) -> tuple[str | None, float | None, str | None]:
    (c,) = [c for c in extract_claims(text) if c.number_text == number]
    return c.location, c.lat, c.place_precision


def test_a_namesake_far_from_the_report_s_places_loses_its_point() -> None:
    # "Wadi" alone is a town in India for the world fallback; the report is about Syria
    assert _where("Shelling near Wadi killed 12 people in Idlib province on Monday, the monitor said.", "12") == (
        "near Wadi", None, None)
    # a Swiss village's name in a report on eastern Congo
    assert _where("In North Kivu, rebels killed 9 villagers near Bule, the army said.", "9") == (
        "near Bule", None, None)


def test_a_world_town_near_the_report_s_places_keeps_it() -> None:
    location, lat, precision = _where(
        "Fighters from Sudan crossed into Chad and killed 14 people in Adre on Monday, officials said.", "14")
    assert (location, precision) == ("Adre", "city") and lat is not None


def test_with_no_local_place_to_judge_by_the_point_stays() -> None:
    location, lat, _ = _where("Rebels killed 9 villagers near Bule, the army said.", "9")
    assert location == "near Bule" and lat is not None


def test_local_and_unresolved_places_pass_unchanged() -> None:
    local = Place("Idlib", "Idlib", "Idlib", 35.93, 36.63, "city")
    assert unplace_namesake("Shelling hit Idlib and Kyoto.", local) is local
    assert unplace_namesake("anything", None) is None
    bare = Place("the camp", None, None, None, None, None)
    assert unplace_namesake("anything", bare) is bare


@given(st.floats(-89, 89), st.floats(-179, 179), st.floats(-89, 89), st.floats(-179, 179))
def test_distance_is_symmetric_and_bounded(la1: float, lo1: float, la2: float, lo2: float) -> None:
    d = km_between((la1, lo1), (la2, lo2))
    assert 0 <= d <= 20_016 and abs(d - km_between((la2, lo2), (la1, lo1))) < 1e-6


def test_distance_of_known_cities() -> None:
    assert 2_700 < km_between((46.2, 6.15), (33.5, 36.3)) < 3_000  # Geneva - Damascus
    assert km_between((-1.68, 29.22), (-1.95, 30.06)) < FAR_KM  # Goma - Kigali
