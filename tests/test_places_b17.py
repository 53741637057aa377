"""Session 7 batch 17 (helper when17) place rules, on sentences written for these tests, with the cases each must not
reach: an airport or a border crossing named with its town (extract/placenames.py), a sentence that opens with its
own day lends no place back (extract/placeahead.py), numbered points keep their places (extract/placepoints.py),
an imprint line (extract/placeimprint.py), a facility "at X" (extract/placefacility.py), a site at its line's head
with its area (extract/placelabels.py) and "interviewed in X" (extract/placetold.py)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.placeahead import opens_with_day
from extract.placefacility import facility_places
from extract.placeimprint import imprint_spans
from extract.placelabels import site_labels
from extract.placepoints import point_of
from extract.placetold import event_mentions


def _places(text: str, pub: date = date(2011, 3, 18)) -> dict[str, str | None]:
    return {c.number_text: c.location for c in extract_claims(text, published=pub, outlet="Test Desk")}


def _named(text: str) -> list[str]:
    return [text[m.start : m.end] for m in event_mentions(text)]


def _spans(text: str, spans: list) -> list[str]:
    return [text[s[0] : s[1]] for s in spans]


# --- airports and border crossings -----------------------------------------------------------------------------

def test_an_airport_keeps_its_kind_and_lends_its_town() -> None:
    text = "Jets struck Kradnik airport at dawn, destroying 6 transport planes. Later 3 helicopters were hit at Kradnik."
    got = _places(text)
    assert got["6"] == "Kradnik airport" and got["3"] == "Kradnik"


def test_a_border_crossing_is_a_place() -> None:
    text = "Militiamen overran the Velbor border crossing and killed 9 customs officers."
    assert _places(text)["9"] == "Velbor border crossing"


def test_the_airport_without_a_name_is_no_place() -> None:
    assert "the airport" not in " ".join(_named("Gunmen killed 9 guards at the airport."))
    assert not any("Palestinians" in n for n in _named("Hundreds of Palestinians crossing the border were held."))


# --- a sentence that opens with its own day -----------------------------------------------------------------------

def test_opens_with_day() -> None:
    assert opens_with_day("On Saturday jets struck.", 0)
    assert opens_with_day("Early on 3 May, jets struck.", 0)
    assert not opens_with_day("Once the jets struck, 4 died.", 0)
    assert not opens_with_day("The strike on Saturday hit.", 0)


def test_a_total_borrows_no_place_from_a_later_dated_strike() -> None:
    text = ("Since Monday anti-aircraft units have shot down two helicopters. On Wednesday jets carried out 11 strikes on "
            "Kradnik airport.")
    assert _places(text)["two"] is None


def test_a_following_sentence_without_a_day_still_lends_its_place() -> None:
    text = "Rebel gunners shot down two helicopters. The wreckage fell on Kradnik airport."
    assert _places(text)["two"] == "Kradnik airport"


# --- numbered points ----------------------------------------------------------------------------------------------

_POINTS = ("Communique No. 3\n\nThe staff reports on the fighting.\n\n"
           "1. On Monday our units took the Velbor border crossing. Four soldiers were killed there.\n\n"
           "2. Our units have captured 120 soldiers.\n\n"
           "3. In the town of Tavor 7 civilians were wounded. Another 3 died.\n")


def test_a_point_does_not_lend_its_own_place_to_the_next() -> None:
    assert _places(_POINTS)["120"] is None


def test_within_a_point_the_place_goes_on() -> None:
    got = _places(_POINTS)
    assert got["Four"] == "Velbor border crossing" and got["3"] == "Tavor"


def test_a_place_named_before_the_points_is_every_points() -> None:
    text = ("The court ruled on the killings in the village of Marvo.\n\n"
            "4. The unit entered Marvo at night and killed 31 villagers.\n\n5. It then set fire to 40 houses.\n")
    assert _places(text)["40"] == "Marvo"


def test_point_of() -> None:
    assert point_of(_POINTS, _POINTS.index("Communique")) == -1
    assert point_of(_POINTS, _POINTS.index("Our units")) == _POINTS.index("2.")
    assert point_of("In 1991. The war went on. 2. Nothing.", 20) == -1  # no point at a line's start


# --- an imprint line ----------------------------------------------------------------------------------------------

def test_an_imprint_line_is_no_scene() -> None:
    text = "Communique No. 3\n\nKradnik, 4 March 2011, 09:00\n\nOur units have captured 120 soldiers."
    assert _spans(text, imprint_spans(text)) == ["Kradnik, 4 March 2011, 09:00"]


def test_a_count_below_an_imprint_does_not_borrow_its_town() -> None:
    text = ("Communique No. 3\n\nAleppo, 4 March 2011, 09:00\n\nThe staff informs the public of the situation today.\n\n"
            "Our units have captured 120 soldiers.")
    assert _places(text)["120"] is None


def test_a_sentence_ending_with_a_date_is_no_imprint() -> None:
    text = "Intro\nFighting resumed in Kradnik, 4 March 2011.\nIn Kradnik, 4 March 2011 was calm\n"
    assert imprint_spans(text) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_imprint_spans_lie_in_the_text(s: str) -> None:
    for a, b in imprint_spans(s):
        assert 0 <= a <= b <= len(s) and "\n" not in s[a:b]


# --- a facility at a place ----------------------------------------------------------------------------------------

def test_an_oil_field_at_a_town() -> None:
    text = "Rebels attacked the oil field at Garlo on Monday, killing 14 guards."
    assert _spans(text, facility_places(text)) == ["Garlo"]
    assert _places(text)["14"] == "Garlo"


def test_a_facility_at_a_time_is_no_place() -> None:
    assert facility_places("The market at Christmas was full. The camp in March held 400.") == []
    assert facility_places("The market in the town was hit.") == []


# --- a site at its line's head ------------------------------------------------------------------------------------

def test_a_site_before_its_zone_is_a_place() -> None:
    text = ("Findings\n\n- Marvo, Kelo district: 40 houses were razed.\n\n- Tavan, Kelo district: the well was poisoned. "
            "Herders said soldiers shot dead 6 men there.")
    assert _spans(text, site_labels(text)) == ["Marvo", "Tavan"]
    assert _places(text)["6"] == "Tavan"


def test_a_name_and_a_title_is_no_site() -> None:
    assert site_labels("\nSmith, district manager: 40 staff.") == []
    assert site_labels("They met Smith, Jones district officer, in town.") == []


# --- interviewed in a town ----------------------------------------------------------------------------------------

def test_where_witnesses_were_interviewed_is_not_the_scene() -> None:
    text = "Refugees interviewed in Garissa said soldiers shot dead 5 men at the well."
    assert "Garissa" not in _named(text)


def test_a_killing_in_a_town_after_an_interview_stays() -> None:
    text = "Soldiers shot dead 5 men in Garissa, refugees said in an interview."
    assert "Garissa" in _named(text)


# --- the partner of a known town ----------------------------------------------------------------------------------

def test_an_unknown_partner_of_a_known_town_joins_it() -> None:
    text = "Police said 23 people died in Aleppo and Kafr Tavan over the weekend."
    assert _places(text)["23"] == "Aleppo and Kafr Tavan"


def test_a_person_after_a_town_is_no_partner() -> None:
    text = "Police in Aleppo and President Tavan said 23 people died."
    assert "President Tavan" not in _named(text)
    text = "Militias in Aleppo and Kafr Tavan fighters clashed; 23 people died."
    assert "Kafr Tavan" not in _named(text)
