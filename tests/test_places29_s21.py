"""Session 21, batch 29's places (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.gazetteer import gazetteer
from extract.placeincident import incident_place, lasting_incident

_CONFLICT = ("Explainer: How many people have died in the Bawku conflict?\n\n"
             "The renewed fighting in Bawku has made the town one of the most violent places in the region.\n\n"
             "What do the hospitals say?\n\n"
             "The hospital says it has treated more than 400 people for gunshot wounds since 2022.\n\n"
             "Have soldiers been killed?\n\n"
             "At least six soldiers have been killed since 2022, according to the army.\n")


def _places(text: str) -> dict[str, str | None]:
    return {c.number_text: c.location for c in extract_claims(text, published=date(2025, 3, 10), outlet="Wire")}


def test_the_incident_named_with_the_anywhere_in_the_headline():
    assert incident_place(_CONFLICT).place.name == "Bawku"
    assert lasting_incident(_CONFLICT)


def test_a_place_merely_named_mid_headline_is_no_incident():
    assert incident_place("Why families in Bawku are leaving\n\nThe town is quiet.\n") is None


def test_totals_over_a_period_take_the_lasting_conflicts_place():
    assert _places(_CONFLICT) == {"400": "Bawku", "six": "Bawku"}


def test_totals_over_a_period_take_no_place_of_a_one_day_incident():
    text = _CONFLICT.replace("the Bawku conflict", "the Bawku ambush")
    assert _places(text) == {"400": None, "six": None}


def test_places_of_batch_29s_conflicts_are_in_the_gazetteer():
    g = gazetteer()
    assert g.lookup("Chiapas").precision == "admin1"  # (was read as the town Chiapa de Corzo)
    assert g.lookup("Enga Province").name == "Enga"
    assert (g.lookup("Acteal").admin1, g.lookup("Akom").country, g.lookup("Wabag").country) == ("Chiapas", "PG", "PG")
    assert g.lookup("Chenalho").precision == "district"
