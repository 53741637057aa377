"""A sea named "Sea of <Name>" is a place (extract/placeforms.py); a capital or country that replies, decides
or reacts ("Lisbon has suspended", "Quito welcomed") is its government, not a place (extract/placementions.py)."""

from datetime import date

from extract import extract_claims
from extract.placeforms import waters


def _locations(text: str) -> dict[float, str | None]:
    return {c.best: c.location for c in extract_claims(text, published=date(2012, 9, 10), outlet="Test Wire")}


def test_sea_of_name_is_a_water():
    text = "A missile struck a patrol boat in the Sea of Marmara on Sunday, killing 11 sailors."
    assert [text[s:e] for s, e in waters(text)] == ["Sea of Marmara"]
    assert _locations(text)[11] == "Sea of Marmara"


def test_bare_sea_after_opener_is_no_water():
    assert waters("The Sea was calm.") == []
    text = "The Caspian Sea is shallow."
    assert [text[s:e] for s, e in waters(text)] == ["Caspian Sea"]


def test_capital_that_reacts_is_no_place():
    text = ("Rebels attacked the garrison at Tumbes on Friday. Lima has suspended talks with the rebels. "
            "At least 12 soldiers were killed, the army said.")
    assert _locations(text)[12] == "Tumbes"
    text = "Quito welcomed the truce. At least 12 soldiers were killed, the army said."
    assert _locations(text)[12] != "Quito"


def test_place_after_preposition_still_a_place():
    # a preposition before it: the place where something happened, whatever verb follows
    text = "Protesters in Lima condemned the raid on Friday, in which 12 people were killed."
    assert _locations(text)[12] == "Lima"
