"""place31b (session 23): a site the gazetteer lacks, named by an apposition saying what it is."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extract import extract_claims
from extract.placeappos import appositive_sites


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in appositive_sites(text)]


def test_station_of_the_city() -> None:
    text = "At the Varnell Cross Terminus, the town's old bus station, three men opened fire on passengers."
    assert _names(text) == ["Varnell Cross Terminus"]


def test_a_kind_and_where_it_stands() -> None:
    text = "At Holloway House, a Quaker centre on a quiet street, police said eight people were hurt."
    assert _names(text) == ["Holloway House"]


def test_a_hospital_of_the_city_mid_sentence() -> None:
    text = "Gunmen stormed the Selim Pavilion, the capital's largest hospital, before dawn."
    assert _names(text) == ["Selim Pavilion"]


def test_claim_takes_the_site() -> None:
    text = ("Bombers struck the port city on Tuesday.\n\nAt the Grenfell Road Terminus, the city's main coach "
            "station, four gunmen fired on travellers for an hour.")
    claims = extract_claims(text)
    four = [c for c in claims if c.number_text == "four"]
    assert four and four[0].location == "Grenfell Road Terminus"


def test_a_person_is_no_site() -> None:
    assert _names("Mark Oduya, a hospital porter, said he saw 12 bodies.") == []
    assert _names("Ruth Kane, the town's mayor, said 30 homes burned.") == []
    assert _names("Anna Bell, a school teacher in the city, counted 40 shots.") == []


def test_no_apposition_no_site() -> None:
    assert _names("The army said 14 soldiers died near the station, officials said.") == []
    assert _names("he said, a centre of the revolt") == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="Ab ,.'’thecity'sanHousStio\n", max_size=80))
def test_spans_are_names_before_a_comma(text: str) -> None:
    for s, e, kind in appositive_sites(text):
        assert kind == "site" and 0 <= s < e <= len(text)
        assert text[e] == "," and text[s].isupper()


def _location_of(text: str, number: str) -> str | None:
    got = [c for c in extract_claims(text) if c.number_text == number]
    assert got, number
    return got[0].location


def test_headline_harm_at_place_lends_it() -> None:
    text = ("Radio bulletin, 3 May: Police say 21 protesters killed at Kaduna\n\n"
            "ANCHOR: Good evening. Our reporter is at the scene tonight. What did the police tell you?\n\n"
            "REPORTER: Yes. Nine people died here last week as well, the hospital said.")
    assert _location_of(text, "Nine") == "Kaduna"


def test_headline_dead_in_place_lends_it() -> None:
    text = ("Eleven dead in Bauchi after market clash\n\n"
            "The clash began on Monday afternoon.\n\nHospital staff said 40 others were treated for wounds.")
    assert _location_of(text, "40") == "Bauchi"


def test_headline_place_not_after_harm_lends_nothing() -> None:
    text = ("Kaduna governor says calm returns\n\n"
            "The clash began on Monday afternoon.\n\nHospital staff said 40 others were treated for wounds.")
    assert _location_of(text, "40") is None
