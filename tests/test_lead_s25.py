"""The lead's fixes of session 25 beside the helpers' rules."""

from __future__ import annotations

from extract.gazetteer import gazetteer


def test_sabra_and_shatila_are_the_beirut_camps_not_libyas_sabratah():
    """GeoNames lists "Sabra" as an alias of Sabratah (Libya): the 1982 massacre's camps were mapped to Libya."""
    [m] = gazetteer().mentions("Militiamen entered Sabra and Shatila on the evening of 16 September.")
    assert (m.place.name, m.place.country) == ("Sabra and Shatila", "LB")
    [m] = gazetteer().mentions("Gunmen attacked a checkpoint near Sabratha.")
    assert m.place.country == "LY"
