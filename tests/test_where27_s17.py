"""Session 17, where27: places of batch 27's kinds, on sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import extract
from placehelpers import names as _names


def test_given_names_are_gazetteer_towns() -> None:
    """The names of the person tests are towns' spellings, so the tests below could fail without the rule."""
    assert all(_names(f"Nine were killed in {n} on Monday.") == [n] for n in ("Rania", "Katana", "Laila", "Nadia"))


def _locations(text: str) -> list[str | None]:
    return [c.location for c in extract.extract_claims(text)]


# --- a given name between a role word and a surname is a person ---------------------------------------------

def test_correspondent_first_name_is_no_place() -> None:
    text = "Our correspondent Rania Haddad says 14 soldiers were killed at the checkpoint."
    assert "Rania" not in _names(text)


def test_minister_first_name_is_no_place_anywhere_in_the_document() -> None:
    text = ("The security minister Katana Mwaro flew in on Monday.\n\n"
            "Officials said nine people were killed and Katana promised an inquiry.")
    assert "Katana" not in _names(text)


def test_town_after_a_role_word_without_a_surname_stays_a_place() -> None:
    text = "The district officer in Katana said 12 people were killed on Monday."
    assert "Katana" in _names(text)


def test_town_before_a_place_word_stays_a_place() -> None:
    # a capitalised word after the name that makes it a place's name is no surname
    text = "The police officer Katana District commander said 12 people were killed."
    assert "Katana" in _names(text)


# --- "<Name> village": a village the gazetteer lacks, named by its own name ----------------------------------

def test_name_village_is_a_place() -> None:
    text = "Gunmen attacked Ombuwelo village before dawn, and 23 people were killed."
    assert _locations(text) == ["Ombuwelo"]


def test_name_village_lends_its_name_to_later_mentions() -> None:
    text = "Raiders burnt Ombuwelo village on Monday.\n\nElders in Ombuwelo said 40 houses were torched."
    assert "Ombuwelo" in _names(text.split("\n\n")[1] + " " + text)


def test_a_peoples_village_is_no_place() -> None:
    for text in ("Militiamen burnt an Ombuwa village, killing 12 people.",
                 "Shells hit the Christian village, killing 12 people.",
                 "Shells hit the Ombuwite village of Tessaro, killing 12 people."):
        assert "Ombuwa" not in _names(text) and "Christian" not in _names(text) and "Ombuwite" not in _names(text)


def test_capitalised_village_is_not_this_rule() -> None:
    assert "Athletes" not in _names("Twelve people were hurt at Athletes Village on Monday.")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Rania", "Katana", "Laila", "Nadia"]),  # given names the gazetteer spells as towns
       st.sampled_from(["correspondent", "minister", "spokesman", "governor"]),
       st.sampled_from(["Haddad", "Mwaro", "Otieno", "Baraka"]))
def test_role_name_surname_never_a_place(first: str, role: str, surname: str) -> None:
    text = f"The {role} {first} {surname} said 30 people were killed in the attack."
    assert first not in _names(text)


# --- "<Name> forest": a site the gazetteer lacks ---------------------------------------------------------------

def test_name_forest_is_the_most_specific_place() -> None:
    text = "Troops raided a camp in Ombuwelo forest, Imo State, and killed six gunmen."
    assert _locations(text) == ["Ombuwelo forest"]


def test_peoples_forest_and_capitalised_forest_are_not_this_rule() -> None:
    assert _names("Six hunters died in the Nigerian forest and in the rain forest on Monday.") == []


# --- a later member of a list of places is not lent alone ------------------------------------------------------

def test_list_member_not_lent_to_the_next_paragraph() -> None:
    text = ("Our round-up draws on our correspondents in Sofala, Manica and Zambezia.\n\n"
            "Gunmen ambushed a convoy in Sofala province on Thursday. Police said eight people were killed.\n\n"
            "Zambezia province was calm.")  # (the gazetteer lacks both provinces: "<Name> province" names them)
    assert _locations(text) == ["Sofala province"]


def test_single_town_still_lent_across_a_region() -> None:
    text = ("Shelling hit Manica on Monday.\n\n"
            "The army moved into Sofala province on Thursday. Police said eight people were killed.")
    assert _locations(text) == ["Manica"]


# --- harm "at <Name>": the scene ---------------------------------------------------------------------------------

def test_harm_at_a_name_is_the_scene() -> None:
    text = "Reports said 30 soldiers were killed in an ambush at Ombuwelo."
    assert _locations(text) == ["Ombuwelo"]


def test_harm_at_a_feast_or_dawn_is_no_scene() -> None:
    assert _locations("Reports said 30 soldiers were killed at Christmas.") == [None]
    assert "Dawn" not in _names("Thirty soldiers were killed at Dawn, the paper said.")


# --- a superlative "since <year>" is a benchmark, not the event's year ----------------------------------------

def test_worst_since_a_year_still_borrows_the_story_place() -> None:
    from datetime import date

    text = ("Gunmen stormed Kisumu on Sunday.\n\n"
            "The police say 14 officers were killed yesterday, the worst losses the force has seen since the riots "
            "ended in 1990.")
    assert [c.location for c in extract.extract_claims(text, published=date(2007, 5, 21))] == ["Kisumu"]


def test_a_total_since_a_year_keeps_to_its_own_place() -> None:
    from datetime import date

    text = ("Gunmen stormed Kisumu on Sunday.\n\n"
            "The police say 140 officers have been killed since 1990, the worst record in the region.")
    assert [c.location for c in extract.extract_claims(text, published=date(2007, 5, 21))] == [None]


def test_most_of_them_since_is_no_superlative() -> None:
    from datetime import date

    from extract.placescope import period_text

    assert period_text("The commission confirmed 183 deaths, most of them civilians, since the fighting began.",
                       date(2021, 9, 1))
