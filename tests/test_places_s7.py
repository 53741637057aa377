"""Session 7 (helper when16) place rules, on sentences written for these tests, with the cases each must not reach:
an imprint's town and a correspondent's "from" (extract/placetold.py), where reinforcements came from
(extract/placeorigin.py), diplomats' seat (extract/placeseat.py), a country that sends or is a gapped subject and a
place inside an association's name (extract/placementions.py), "fled ... towards" (extract/placescope.py refuge) and
a clause that points back at "the city" (placescope.anaphor_clause)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.entryscope import bullet_line
from extract.gazetteer import GazPlace, Mention
from extract.placeforms import routes
from extract.placeorigin import origin
from extract.placescope import anaphor_clause, refuge
from extract.placetold import event_mentions


def _places(text: str, pub: date = date(2010, 5, 7)) -> dict[str, str | None]:
    return {c.number_text: c.location for c in extract_claims(text, published=pub, outlet="Test Desk")}


def _named(text: str) -> list[str]:
    return [text[m.start : m.end] for m in event_mentions(text)]


def _mention(text: str, name: str) -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), GazPlace(name, "XX", "", None, None, "country"))


# --- an imprint and a correspondent's post --------------------------------------------------------------------------

def test_an_imprints_town_is_no_place_of_the_event() -> None:
    text = "Field Report No. 4\n\nCivic Watch Kenya. Published in Nairobi, Monday 3 May 2010.\n\nSUMMARY\n\n"
    assert "Nairobi" not in _named(text)


def test_published_in_mid_sentence_after_an_event_stays() -> None:
    text = "The rebels overran a garrison. Militiamen killed 12 people in Nairobi, police said."
    assert "Nairobi" in _named(text)


def test_a_correspondent_from_a_town_is_not_there() -> None:
    text = "[CUE: our correspondent, from Nairobi]\n\nGunmen killed 12 people at a market, police said."
    assert "Nairobi" not in _named(text)


def test_a_correspondent_in_a_town_is_not_reached() -> None:
    text = "Our correspondent in Nairobi saw the ruins. Gunmen killed 12 people there."
    assert "Nairobi" in _named(text)


# --- where reinforcements came from ------------------------------------------------------------------------------

def test_a_list_of_origins_is_left_out() -> None:
    text = "The mission now has 3,500 soldiers, after 900 more arrived from Ghana, Nepal, Fiji and Ireland."
    for name in ("Ghana", "Nepal", "Fiji", "Ireland"):
        assert origin(text, _mention(text, name)), name


def test_fled_from_and_shelled_from_are_not_origins() -> None:
    for text in ("Some 4,000 people fled from Ghana last month.", "Artillery shelled the town from Ghana.",
                 "Troops arrived in Ghana on Monday."):
        assert not origin(text, _mention(text, "Ghana")), text


# --- speakers abroad, senders, gapped subjects, associations ------------------------------------------------------

def test_diplomats_in_a_capital_speak_from_it() -> None:
    text = "Rebels hold up to 2,000 hostages in the hills, according to diplomats in Nairobi."
    assert "Nairobi" not in _named(text)


def test_residents_in_a_town_are_at_the_event() -> None:
    text = "Soldiers killed 14 people, according to residents in Nairobi."
    assert "Nairobi" in _named(text)


def test_a_country_that_sends_troops_is_no_place() -> None:
    got = _places("Uganda has sent about 1,500 troops to protect the airport, and Burundi some 600 more, "
                  "officials said.")
    assert got.get("1,500") is None
    assert got.get("600") is None


def test_a_country_before_a_count_after_a_preposition_stays() -> None:
    got = _places("Floods and fighting displaced 30,000 people in Uganda some 200 km from the border.")
    assert got.get("30,000") == "Uganda"


def test_a_country_opening_an_associations_name_is_no_place() -> None:
    text = "More than 900 people were treated for burns, according to the Kenya Association of Surgeons."
    assert "Kenya" not in _named(text)


# --- refuge "towards" ------------------------------------------------------------------------------------------

def test_where_people_fled_towards_is_a_refuge() -> None:
    text = "Thousands fled the capital on foot towards Nakuru on Sunday."
    assert refuge(text, _mention(text, "Nakuru"))


def test_a_town_fighting_moved_towards_is_no_refuge() -> None:
    for text in ("Rebels advanced towards Nakuru on Sunday.", "Shelling killed 30 people in Nakuru."):
        assert not refuge(text, _mention(text, "Nakuru")), text


# --- "the city" in the number's own clause ---------------------------------------------------------------------

def test_the_city_in_the_numbers_clause_is_the_town_named_before() -> None:
    text = ("Fighting went on for a third day in Kenya's capital, Nairobi. "
            "At least 40 people have been killed in the city, most of them in the shelling of the Eastleigh "
            "district, the Red Cross said.")
    assert _places(text).get("40") == "Nairobi"


def test_a_district_in_the_numbers_own_clause_stays() -> None:
    text = ("Fighting went on for a third day in Kenya's capital, Nairobi. "
            "At least 40 people have been killed in the Eastleigh district, most of them in the city's markets.")
    assert _places(text).get("40") == "Eastleigh district"


def test_anaphor_clause_reads_only_the_numbers_clause() -> None:
    s = "At least 40 died in the city, most of them in Eastleigh."
    breaks = [s.index("most")]
    assert anaphor_clause(s, 0, breaks, s.index("40"))
    assert not anaphor_clause(s, 0, breaks, s.index("most") + 2)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["arrived", "from", "Ghana", "Nepal", ",", "and", "the", "fled", "came", " ",
                                 "Troops", "in"]), max_size=12))
def test_origin_never_raises(words: list[str]) -> None:
    text = " ".join(words) + " Ghana"
    assert origin(text, _mention(text, "Ghana")) in (True, False) or True
    assert isinstance(origin(text, Mention(len(text) - 5, len(text), GazPlace("Ghana", "GH", "", None, None,
                                                                                  "country"))), bool)


# --- a route named by the two towns it joins --------------------------------------------------------------------

def test_a_route_between_two_towns_is_a_place() -> None:
    text = "Bandits ambushed a convoy on the Garissa-Mandera highway and abducted 31 drivers, police said."
    assert routes(text) == [(text.index("Garissa"), text.index(" and abducted"), "village")]
    assert _places(text).get("31") == "Garissa-Mandera highway"


def test_a_route_near_a_town_is_placed_by_the_town() -> None:
    assert routes("Rebels burned four lorries on the Garissa-Mandera highway near Elwak.") == []


def test_hyphenated_words_that_are_no_route() -> None:
    for text in ("A Nairobi-based group counted 31 dead.", "The Franco-German plan for the road stalled.",
                 "Traffic on the main road resumed."):
        assert routes(text) == [], text


# --- a bulleted item's later sentences --------------------------------------------------------------------------

def test_a_later_sentence_of_an_item_borrows_no_other_items_place() -> None:
    text = ("INCIDENTS\n\n"
            "- Upper valley: a gang burned 14 huts at night. Two herders were later found dead by the river.\n"
            "- Nakuru: police arrested 30 youths.\n")
    assert _places(text).get("Two") is None


def test_bullet_line_finds_the_items_line() -> None:
    text = "- Nakuru: police arrested 30 youths. Two were freed.\nPlain prose here.\n"
    assert bullet_line(text, text.index("Two")) == 0
    assert bullet_line(text, 0) == 0
    assert bullet_line(text, text.index("Plain")) == -1
