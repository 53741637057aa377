"""The lead's fixes of session 25 beside the helpers' rules."""

from __future__ import annotations

from extract.gazetteer import gazetteer


def test_sabra_and_shatila_are_the_beirut_camps_not_libyas_sabratah():
    """GeoNames lists "Sabra" as an alias of Sabratah (Libya): the 1982 massacre's camps were mapped to Libya."""
    [m] = gazetteer().mentions("Militiamen entered Sabra and Shatila on the evening of 16 September.")
    assert (m.place.name, m.place.country) == ("Sabra and Shatila", "LB")
    [m] = gazetteer().mentions("Gunmen attacked a checkpoint near Sabratha.")
    assert m.place.country == "LY"


def test_a_figure_whose_clause_goes_on_to_its_use_restates_no_toll():
    """ "gave a figure of N" restates the toll before it; "has a figure of 400 for repairs" tells a sum's use."""
    from extract import extract_claims

    text = "Shelling killed 40 people in the town on Monday. The budget has a figure of 400 for repairs."
    assert [c.number_text for c in extract_claims(text)] == ["40"]
    text = "Shelling killed 40 people in the town on Monday. The Red Cross gave a figure of 60."
    assert [(c.number_text, c.measure) for c in extract_claims(text)] == [("40", "killed"), ("60", "killed")]
