"""Where the event was (session 6, batch 14's rules): a letter's signature town, a place deciding in a conditional
aside, a document's part that spells a town ("Annex 2"), a publisher's imprint, where
a hurt person was operated on, a table row whose label names its area, a place named with "near" as the scene of
harm, a district named later without its kind, a county, "The Hotel X", and "in the city" pointing back at a town.
Each rule on sentences written for it, and the cases it must not reach."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.placeaside import aside
from extract.placementions import _document_mentions
from extract.placescope import table_row, town_anaphor
from place_probe import place_of as _place


def _mention(text: str, name: str, nth: int = 0):
    """The nth document mention whose text is `name`."""
    found = [m for m in _document_mentions(text) if text[m.start : m.end] == name]
    return found[nth]


# --- a letter's signature ------------------------------------------------------------------------------------


def test_the_signature_town_under_a_letter_is_not_the_place() -> None:
    text = ("Sir, your count of the dead in Bor is too low.\n\nI lived there for ten years.\n\nGrace Achol\nNairobi\n\n"
            "Editor's note: The figure was raised to 40 dead on Monday.")
    assert aside(text, _mention(text, "Nairobi"))
    assert _place(text, "40") != "Nairobi"


def test_a_signature_with_the_town_after_the_name_on_one_line() -> None:
    text = "I ask you to count again.\n\nGrace Achol, Nairobi\n\nThe paper now says 12 died."
    assert aside(text, _mention(text, "Nairobi"))


def test_a_town_heading_its_own_paragraph_is_still_a_place() -> None:
    # a line with the town alone, but after a sentence, not under a name: a heading of the item below
    text = "Fighting went on all week.\nNairobi\nPolice said 7 people were shot in the slum."
    assert not aside(text, _mention(text, "Nairobi"))


# --- a conditional aside, an allegiance, a document's part ------------------------------------------------


def test_a_capital_that_must_agree_is_no_place() -> None:
    text = "The alliance is ready to send up to 5,000 soldiers if Khartoum agrees."
    assert aside(text, _mention(text, "Khartoum"))
    assert _place(text, "5,000") is None


def test_a_town_in_an_if_clause_where_something_happens_stays() -> None:
    text = "Aid workers fear 300 families will go hungry if Malakal is cut off again."
    assert not aside(text, _mention(text, "Malakal"))


def test_an_annex_with_its_number_is_a_document_part() -> None:
    text = "The unit burned 40 homes. The names of the owners are listed in Annex 3 of the ruling."
    assert aside(text, _mention(text, "Annex"))
    assert _place(text, "40") is None


def test_a_publishers_seat_on_its_imprint_line_is_no_place() -> None:
    text = ("Issue 9. Published by the Sahel Aid Office, Niamey, on Monday.\n\n"
            "- Gunmen killed at least 11 herders on Sunday, the army said.")
    assert aside(text, _mention(text, "Niamey"))
    assert _place(text, "11") is None


def test_where_the_wounded_were_operated_on_is_no_place() -> None:
    text = ("Rebels ambushed the convoy near Goma. The driver, who needed surgery in Kigali, survived.\n\n"
            "Officials said 6 guards died.")
    assert aside(text, _mention(text, "Kigali"))
    assert _place(text, "6") == "near Goma"


# --- table rows, "near" a place, a district named later without its kind, a county, a hotel ------------------


def test_a_table_row_naming_its_country_keeps_it() -> None:
    text = ("Shelling hit Abeche on Monday.\n\nKEY FIGURES\n\nPeople displaced in Chad (estimated): 450,000 (410,000)\n"
            "Schools closed: 120\n")
    assert _place(text, "450,000") == "Chad"
    assert table_row("People displaced in Chad (estimated): 450,000 (410,000)\n")
    assert not table_row("Schools closed: 120\n")  # no area in the label: it borrows as any sentence
    assert not table_row("The health ministry had given 184 at 17:10.")  # a time, not a row


def test_killed_near_an_unknown_village_names_it() -> None:
    text = "Gunmen shot dead 9 farmers near Tumbokoro on Saturday."
    assert _place(text, "9") == "near Tumbokoro"


def test_near_without_a_word_of_harm_names_nothing_new() -> None:
    text = "The delegation stayed near Tumbokoro while 9 envoys talked."
    assert _place(text, "9") is None


def test_a_district_named_later_without_its_kind_is_still_a_place() -> None:
    text = "Raids were reported across Lomera district last month. Villagers say 30 people were abducted in Lomera."
    assert _place(text, "30") == "Lomera"


def test_a_county_written_with_its_kind_is_a_place() -> None:
    text = "Officials say some 900 refugees crossed into Grand Gedeh county on Friday."
    assert _place(text, "900") == "Grand Gedeh county"


def test_the_hotel_after_an_opening_the_is_a_place() -> None:
    text = "The Hotel Tivoli, where guards found the bodies of 3 guests, was shelled."
    assert _place(text, "3") == "Hotel Tivoli"


def test_in_the_city_points_back_at_a_town_not_a_hotel() -> None:
    assert town_anaphor("Some 40 people were hurt in the city on Friday.")
    assert not town_anaphor("Some 40 people were hurt in the city of Goma.")
    assert not town_anaphor("Some 40 people were hurt in the region.")
    text = ("Shells fell on Goma again. Guards pulled 3 bodies from the Hotel Tivoli. "
            "Some 40 people were hurt in the city, the hospital said.")
    assert _place(text, "40") == "Goma"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc XYZ,.-\n0123456789", max_size=80))
def test_aside_never_raises_on_odd_text(noise: str) -> None:
    text = noise + " Aleppo " + noise
    for m in _document_mentions(text):
        assert aside(text, m) in (True, False)


def test_a_toll_across_the_territory_borrows_no_town() -> None:
    text = "Refugees saw bodies on the road to Maliana. The army says the dead number 31 across the territory."
    assert _place(text, "31") is None
    assert _place("Refugees saw bodies on the road to Maliana. The army says 31 died there.", "31") is not None


def test_in_the_city_reaches_back_past_the_usual_five_sentences() -> None:
    text = ("Gunners shelled Mostar again. One. Two. Three. Four. Five. Six. "
            "Only 2 bakeries in the city still bake bread.")
    assert _place(text, "2") == "Mostar"
    # without "the city" the look-back stops after five sentences, as before
    assert _place(text.replace("in the city", "nearby"), "2") is None


def test_the_enclave_points_back_at_the_place_named_before() -> None:
    text = ("Rebels attacked a bus near Cabinda on Friday. "
            "The army said in 2008 that it kept 30,000 troops in the enclave.")
    assert _place(text, "30,000") == "near Cabinda"
    # a total of another year naming no place of its own stays placeless
    text = "Rebels attacked a bus near Cabinda on Friday. The army said in 2008 that it kept 30,000 troops."
    assert _place(text, "30,000") is None
