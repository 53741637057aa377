"""Session 27 (where39): location and event_date rules, with sentences of our own."""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.placetold import event_mentions


def _places(text: str, published: date | None = None) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["location"] for c in extract_claims(text, published=published)}


def _named(text: str) -> list[str]:
    return [text[m.start : m.end] for m in event_mentions(text)]


# placekinds: a named street, eatery or station is a site ("on Alamdar Road", "the Holey Artisan Bakery").
def test_named_road_is_a_site() -> None:
    text = "A car bomb exploded outside a tea shop on Farhat Road on Monday evening, killing 14 people."
    assert "Farhat Road" in _named(text)
    assert _places(text)["14"] == "Farhat Road"


def test_named_street_and_avenue_are_sites() -> None:
    assert "Kelmore Street" in _named("Troops opened fire on marchers in Kelmore Street, killing nine.")
    assert "Oakdene Avenue" in _named("Two grenades were thrown at a checkpoint on Oakdene Avenue, wounding six.")


def test_named_cafe_and_bakery_are_sites() -> None:
    text = "Gunmen stormed the Golden Crust Bakery and held 30 diners for five hours."
    assert "Golden Crust Bakery" in _named(text)
    assert "Blue Lantern Cafe" in _named("A grenade tore through the Blue Lantern Cafe, killing seven customers.")


def test_named_railway_station_is_a_site() -> None:
    assert "Velmora railway station" in _named("A bomb went off at Velmora railway station, killing 11 commuters.")
    assert "Tarsk bus station" in _named("Three people were hurt when a device exploded at Tarsk bus station.")


def test_lower_case_road_or_station_is_no_name() -> None:
    assert _named("The road to the station was closed after 12 people were hurt.") == []
    assert _named("They walked along the main road past the police station, and 40 were detained.") == []


def test_named_street_carried_to_the_next_sentence() -> None:
    text = ("A suicide bomber blew himself up in a crowded market on Gansa Road on Friday. "
            "Police said 23 people were killed.")
    assert _places(text)["23"] == "Gansa Road"


# placeseat: a site's own people speaking from it, or a body's meeting place, is no scene.
def test_hospital_officials_speak_from_their_hospital() -> None:
    text = "Officials at the Sandhurst General Hospital said 41 people had died of their wounds."
    assert "Sandhurst General Hospital" not in _named(text)
    assert _places(text)["41"] != "Sandhurst General Hospital"


def test_doctors_of_two_hospitals_say() -> None:
    text = "Officials at the Mercy Hospital and the Kilbride Hospital say 70 people have died there."
    assert "Mercy Hospital" not in _named(text)


def test_committee_meeting_place_is_no_scene() -> None:
    text = "The victims' association, which meets in a church hall on Barrow Street, says 35 people were shot."
    assert "Barrow Street" not in _named(text)


def test_hospital_attacked_stays_the_scene() -> None:
    text = "A rocket struck the Sandhurst General Hospital on Tuesday, killing 12 patients."
    assert "Sandhurst General Hospital" in _named(text)
    text2 = "Officials at the Sandhurst General Hospital were among the 12 people killed when the rocket struck."
    assert "Sandhurst General Hospital" in _named(text2)


def test_street_inside_a_longer_name_is_not_cut() -> None:
    text = "Militiamen shelled the Harbour Road Depot on Sunday, killing eight workers."
    assert "Harbour Road" not in _named(text)


# placekept.other_conjunct: among places as specific as each other, the number's own conjunct's place.
def test_place_of_the_numbers_own_conjunct() -> None:
    text = ("Gunboats fired 40 shells at depots near Tobruk, in Libya, and 12 at a radar station in Sirte "
            "that officials said had guided the raids.")
    assert _places(text)["12"] == "Sirte"


def test_place_after_a_semicolon_is_another_conjuncts() -> None:
    text = "Shells fell on Maroua at dusk; 30 homes were burned that night in the hills outside Garoua."
    assert _places(text)["30"] == "Garoua"


def test_fronted_place_before_a_comma_keeps_the_number() -> None:
    text = "At Kudu, the soldiers killed three gunmen who tried to ambush them along the Benin road."
    assert _places(text)["three"] == "Kudu"


# datewhole._LONG_WAR: a war told with its length before it is a total over it, undated.
def _dates(text: str, published: date) -> dict[str, str | None]:
    return {c.number_text: c.to_dict()["event_date"] for c in extract_claims(text, published=published)}


def test_half_a_century_of_war_total_is_undated() -> None:
    text = ("A bomb killed 14 people at a bus stop in Cotabato on Saturday. "
            "Officials said half a century of war on the island has cost some 90,000 lives.")
    got = _dates(text, date(2020, 3, 9))
    assert got["90,000"] is None and got["14"] == "2020-03-07"


def test_three_decades_of_conflict_total_is_undated() -> None:
    text = ("Gunmen shot dead nine villagers near Tumaco on Tuesday. "
            "Three decades of conflict in the region have left more than 40,000 dead.")
    assert _dates(text, date(2020, 3, 12))["40,000"] is None
