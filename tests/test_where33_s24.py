"""Session 24, batch 33's place and date rules (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _places(text: str) -> dict[str, str | None]:
    return {c.number_text: c.location for c in extract_claims(text, published=date(2021, 3, 2))}


# --- a mountain range named with its kind word is the scene (extract/placekinds.py)

def test_named_mountain_range_is_the_place() -> None:
    got = _places("The army said it had killed 14 insurgents in the Tarvaz mountains since the spring.")
    assert got["14"] == "Tarvaz mountains"


def test_capitalised_mountains_kind() -> None:
    got = _places("Government troops killed 23 rebels in the Oskari Mountains last week.")
    assert got["23"] == "Oskari Mountains"


def test_bare_mountains_names_no_place() -> None:
    assert _places("Government troops killed 23 rebels in the mountains last week.")["23"] is None


def test_mountains_as_a_unit_name_is_no_place() -> None:
    assert _places("The Mountains Brigade killed 23 rebels.")["23"] is None
