"""Session 8, helper when18: event dates and places of batch 18's forms, on sentences written here.

- a place heading a bulleted section (extract/placeheads.py);
- a later death of one victim dates no other sentence (extract/datefates.py);
- a point's label alone as a sentence ("Second.") takes no look-back slot (extract/storyscope.py);
- a date opening a sentence dates the rest of its paragraph (extract/dateopeners.py);
- a date inside a comparison dates only the compared figure (extract/datecompare.py).
"""

from __future__ import annotations

from datetime import date

from extract import extract_claims
from extract.datecompare import outside_comparisons
from extract.datefates import later_death
from extract.dates import _hits
from extract.placeheads import heading_as_place, heading_place
from extract.storyscope import point_label


def _claims(text: str, published: date = date(2011, 4, 14)) -> dict[str, object]:
    """number_text -> claim, for a short invented report."""
    return {c.number_text: c for c in extract_claims(text, published=published, outlet="Test Wire")}


# --- place headings of bulleted sections ---------------------------------------------------------------------

_SITREP = """Flooding and fighting: the day in brief

Our correspondents report from across the country.

BENGHAZI
* Rebels said 14 of their fighters were killed in an ambush on the coast road.
* A doctor at the main hospital said 30 people were treated for shrapnel wounds.

RAS LANUF REFINERY
* Government troops shelled the site, and 6 workers were wounded.

CASUALTIES
* Aid agencies said 200 families had fled their homes.
"""


def test_a_bullet_under_a_town_heading_takes_the_town() -> None:
    got = _claims(_SITREP)
    assert got["14"].location == "Benghazi"
    assert got["30"].location == "Benghazi"  # (the hospital is where they were taken, not the place)


def test_a_bullet_under_a_site_heading_takes_the_site_as_written() -> None:
    assert _claims(_SITREP)["6"].location == "Ras Lanuf Refinery"


def test_a_topic_heading_is_no_place() -> None:
    text = _SITREP
    start = text.index("Aid agencies")
    assert heading_place(text, start) == ("Casualties", True)
    assert heading_as_place(text, start) is None  # the gazetteer knows no "Casualties"
    assert _claims(text)["200"].location != "Casualties"


def test_a_bullet_without_a_heading_or_a_line_that_is_no_bullet_borrows_nothing() -> None:
    text = "Fighting went on.\n\n* Rebels said 14 of their fighters were killed.\n"
    assert heading_place(text, text.index("Rebels")) is None  # a blank line above the bullets: no heading
    text = "BENGHAZI\nRebels said 14 of their fighters were killed.\n"
    assert heading_place(text, text.index("Rebels")) is None  # not a bullet
    text = "THE SITUATION IN THE EAST OF THE COUNTRY TODAY\n* Rebels said 14 of their fighters were killed.\n"
    assert heading_place(text, text.index("Rebels")) is None  # too long for a place's name


# --- a later death of one victim -----------------------------------------------------------------------------

def test_later_death_of_one_victim() -> None:
    assert later_death("A fifth victim, a man of 60, died in hospital on 3 April.")
    assert later_death("One of the wounded policemen succumbed to his injuries on Sunday.")
    assert not later_death("Two of the wounded died in hospital on Sunday.")  # a count: a claim of its own
    assert not later_death("A bomb exploded on the bridge on Sunday.")


def test_a_later_death_lends_its_date_to_no_later_sentence() -> None:
    text = ("On 2 April 2011, a car bomb exploded outside the police station in Kirkuk.\n\n"
            "The bomb killed six people. A seventh victim, a boy of nine, died in hospital on 9 April. "
            "Twenty-two people were wounded.")
    got = _claims(text)
    assert got["Twenty-two"].event_date == "2011-04-02"


def test_a_count_that_died_later_still_lends_its_day() -> None:
    text = ("Gunmen attacked the market on 2 April 2011.\n\nTwo of the wounded died in hospital on 9 April. "
            "Another 12 remain in a critical condition.")
    assert _claims(text)["12"].event_date != "2011-04-02"


# --- point labels --------------------------------------------------------------------------------------------

def test_point_labels() -> None:
    assert point_label("Second.")
    assert point_label("Finally.")
    assert not point_label("Six.")  # (a filler, not a point's ordinal)
    assert not point_label("Nine died.")
    assert not point_label("Second, the army withdrew.")


# --- a date opening a sentence dates its paragraph -----------------------------------------------------------

_BRIEFING = ("MAJOR OKAFOR: On the morning of 11 April, a convoy left the depot for the northern villages. It was "
             "stopped at a roadblock. The drivers were ordered out. Shots were fired from the tree line. "
             "Seven of our soldiers were killed there. Four more are missing.\n\n"
             "Q: Were civilians hurt?\n\nMAJOR OKAFOR: Nine civilians were wounded.")


def test_an_opening_date_reaches_past_three_sentences_in_its_paragraph() -> None:
    got = _claims(_BRIEFING)
    assert got["Seven"].event_date == "2011-04-11"
    assert got["Four"].event_date == "2011-04-11"


def test_an_opening_date_does_not_cross_its_paragraph() -> None:
    assert _claims(_BRIEFING)["Nine"].event_date is None


def test_a_date_further_into_a_sentence_or_a_count_so_far_borrows_nothing() -> None:
    text = ("The army said on 11 April that a convoy left the depot. It was stopped at a roadblock. The drivers were "
            "ordered out. Shots were fired from the tree line. Seven soldiers were killed there.")
    assert _claims(text)["Seven"].event_date is None
    text = ("On 11 April, a convoy left the depot. It was stopped at a roadblock. The drivers were ordered out. "
            "Shots were fired. The fighting has driven 3,000 villagers from their homes.")
    assert _claims(text)["3,000"].event_date is None


# --- a comparison's date -------------------------------------------------------------------------------------

def test_a_comparison_date_is_the_compared_figures_only() -> None:
    text = ("Monitors recorded 140 abductions in 2010, against 95 in 2009, and 23 killings by the militia.")
    got = _claims(text)
    assert got["23"].event_date == "2010"
    assert got["95"].event_date == "2009"


def test_no_comparison_without_a_compared_figure() -> None:
    pub = date(2011, 4, 14)
    sentence = "The dinar fell to 1,300 against the dollar on Tuesday, and 40 shops closed in 2010."
    hits = _hits(sentence, pub)
    assert outside_comparisons(sentence, hits, sentence.index("40")) == hits
    sentence = "Troops fought against the rebels in 2010 and 40 were killed on Tuesday."
    hits = _hits(sentence, pub)
    assert outside_comparisons(sentence, hits, sentence.index("40")) == hits  # "against the rebels": no figure


# --- a weekday before an event's noun (extract/dateexpr.py) --------------------------------------------------

def test_a_weekday_before_an_event_noun_dates_it() -> None:
    pub = date(2011, 4, 14)  # a Thursday
    hits = _hits("Rebels said they lost 12 men in the Tuesday ambush near the river.", pub)
    assert [h.date.value for h in hits] == ["2011-04-12"]
    assert _hits("The Sunday Times said 12 men died.", pub) == ()  # a newspaper's name: no event noun after it
    assert _hits("Tuesday was quiet, and 12 men rested.", pub) == ()


# --- names added to the gazetteer ----------------------------------------------------------------------------

def test_added_names_resolve() -> None:
    from extract.gazetteer import gazetteer

    assert gazetteer().lookup("Guadalcanal").precision == "admin1"
    assert gazetteer().lookup("Katse Dam").country == "LS"
    assert gazetteer().lookup("Pilkhana").country == "BD"
    assert gazetteer().lookup("Galwan valley").country == "IN"
    assert gazetteer().lookup("Catalonia").precision == "admin1"
    text = "Fighting between militias on Guadalcanal has driven 3,000 people from their homes, the Red Cross said."
    assert _claims(text, date(2000, 6, 9))["3,000"].location == "Guadalcanal"


def test_a_country_people_fled_into_stays_their_place_under_a_heading() -> None:
    text = "Border update\n\nMASERU\n* Officials said 900 people fled into South Africa overnight.\n"
    assert _claims(text)["900"].location == "South Africa"
    text = "Border update\n\nMASERU\n* Officials said 900 people fled their homes, the Lesotho government said.\n"
    assert _claims(text)["900"].location == "Maseru"
