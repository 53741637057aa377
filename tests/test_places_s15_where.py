"""Places of news of other conflicts (session 15): the headline's incident carried to counts naming no place, and
the wrong kinds of place kept out (a tribe, a counted force's state, a journey's end, the area holding a village, a
name cut at "Sta."). Every sentence is our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.gazetteer import GazPlace, Mention
from extract.notplaces import force_state, tribe
from extract.placeforms import areas
from extract.placeincident import incident_place
from extract.placementions import _document_mentions
from extract.sentences import split_sentences


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.number_text, c.measure, c.location) for c in extract_claims(text)]


_LIVE = ("{head}\n\nKampala Courier | Updated 6:00 p.m.\n\n"
         "5:15 p.m. - The toll has risen to 12, the mayor said tonight. At least 30 others have been wounded.\n\n"
         "2:40 p.m. - Police say 40 officers have been sent in as reinforcements.\n")


def test_live_entries_take_the_place_of_the_incident_the_headline_names() -> None:
    got = _places(_LIVE.format(head="LIVE: Kasese clashes, day 2 - toll rises to 12"))
    assert ("12", "killed", "Kasese") in got and ("30", "wounded", "Kasese") in got


def test_a_force_sent_in_is_not_given_the_headline_incident_place() -> None:
    got = _places(_LIVE.format(head="LIVE: Kasese clashes, day 2 - toll rises to 12"))
    assert ("40", "forces", None) in got


def test_a_town_merely_named_in_the_headline_is_not_carried() -> None:
    got = _places(_LIVE.format(head="LIVE: Troops sent to Kasese as talks fail"))
    assert [loc for _, _, loc in got] == [None, None, None]


def test_key_figures_of_a_situation_report_take_the_title_incident_place() -> None:
    text = ("Kasese violence: Situation Report No. 2 (as of 4 May)\n\nRelief Network | Issued 5 May\n\n"
            "KEY FIGURES\n- 9,000 people displaced\n- 41 killed\n")
    assert _places(text) == [("9,000", "displaced", "Kasese"), ("41", "killed", "Kasese")]


def test_an_evacuation_of_foreign_nationals_is_not_given_the_incident_place() -> None:
    text = ("Kasese clashes: what we know\n\nBy A. Writer\n\n"
            "Kenya says it has evacuated about 300 of its citizens by road. The army says 41 people were killed.\n")
    assert _places(text) == [("300", "displaced", None), ("41", "killed", "Kasese")]


@pytest.mark.parametrize("head, place", [
    ("Analysis: Bunia's dead - who counted them?", "Bunia"),
    ("LIVE UPDATES: Goma siege, day 4", "Goma"),
    ("Correction: Kasese attack toll", "Kasese"),
    ("Troops sent to Goma as talks fail", None),  # no incident named by its place
    ("Fighting in Goma and Bunia: day 3", None),  # not by its place, and two places
    ("Kenya clashes: day 2", None),  # a country says no more than nothing
])
def test_incident_place_of_a_headline(head: str, place: str | None) -> None:
    m = incident_place(head + "\n\nBody text follows here.\n")
    assert (m.place.name if m else None) == place


@given(st.text(alphabet="abcdefgh :-'\n", max_size=80))
@settings(max_examples=60, deadline=None)
def test_incident_place_never_fails_on_odd_text(text: str) -> None:
    assert incident_place(text) is None  # (no capitalised name: no place)


def _mention(text: str, name: str, precision: str) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), GazPlace(name, None, "XX", None, None, precision))


def test_a_tribe_is_no_place() -> None:
    text = "Elders of the Bannu tribe said 30 people had been killed."
    assert tribe(text, _mention(text, "Bannu", "city"))
    assert _places(text + "\n") == [("30", "killed", None)]
    other = "Elders in Bannu said 30 people had been killed."
    assert not tribe(other, _mention(other, "Bannu", "city"))
    assert _places(other + "\n") == [("30", "killed", "Bannu")]


def test_a_counted_force_state_is_no_place() -> None:
    text = "Rebels said they had captured 20 Amhara soldiers."
    assert force_state(text, _mention(text, "Amhara", "admin1"))
    assert _places(text + "\n") == [("20", "captured", None)]
    other = "Rebels said they had killed 20 soldiers in Amhara."
    assert not force_state(other, _mention(other, "Amhara", "admin1"))
    assert _places(other + "\n") == [("20", "killed", "Amhara")]


def test_the_end_of_a_journey_is_not_lent_to_the_toll() -> None:
    text = ("Gunmen ambushed a bus near Chilas on Monday. The bus was travelling from Gilgit to Rawalpindi. "
            "Police said 12 passengers were killed.\n")
    assert _places(text) == [("12", "killed", "near Chilas")]
    assert _places("Shelling hit Rawalpindi overnight. Police said 12 people were killed.\n") == [
        ("12", "killed", "Rawalpindi")]


def test_a_village_set_near_inside_a_known_place_is_the_place() -> None:
    assert _places("Gunmen killed 9 people near Mabanga in North Kivu on Friday, officials said.\n") == [
        ("9", "killed", "Mabanga")]
    assert _places("Rebels shelled positions near Goma in North Kivu, killing 4 soldiers.\n") == [
        ("4", "killed", "Goma")]
    # not set inside another place: "near" stays part of it
    assert _places("Aid workers said 12 people were killed near Goma on Friday.\n") == [("12", "killed", "near Goma")]


def test_the_area_holding_a_named_village_is_the_broader_place() -> None:
    held = "Troops entered Kilenge, a village in the Mbolo area of the district, on Monday."
    plain = "Troops entered the Mbolo area on Monday."
    assert [p for _, _, p in areas(held)] == ["admin1"]
    assert [p for _, _, p in areas(plain)] == ["district"]


def test_a_name_is_not_cut_at_an_abbreviation_full_stop() -> None:
    text = "At least 8 houses burned overnight in Barangay Sto. Nino, the fire bureau said.\n"
    assert len(split_sentences(text, 0, len(text))) == 1
    assert _places(text) == [("8", "destroyed", "Barangay Sto. Nino")]


def test_the_region_at_a_sentence_start_names_no_place() -> None:
    text = "Fighting in the north went on.\n\nThe region lies between two rivers. The army said 14 fighters had died.\n"
    assert not any(text[m.start : m.end] == "The" for m in _document_mentions(text))
