"""Session 12, batch 22's dates and places (helper when22): each rule on sentences written for it, and the cases
it must not reach."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from extract.entryscope import opens_entry
from extract.placeforms import waters
from extract.sentences import split_sentences
from tests.claim_probe import WAR, ClaimProbe

WINTER = ClaimProbe(date(1999, 12, 20))
LATER = ClaimProbe(date(2004, 6, 1))


# --- a timeline's or a log's day dates its entry (extract/entryscope.py entry_day, extract/dates.py) -------------

LOG = ("Attacks on river barges logged by the authority, 1 to 15 December.\n\n"
       "2 Dec - CAROLINE (Malta), grain barge. Fired on from the west bank near Kosti. Crew report three "
       "boatmen wounded.\n\n"
       "9 Dec - Militiamen boarded a fuel barge at Malakal. The owners say four crewmen were killed.\n\n"
       "Other barges were hit too. The authority says 17 boatmen have been killed since January.")


def test_a_log_entry_dates_its_later_sentences() -> None:
    assert WINTER.one(LOG, "three").event_date == "1999-12-02"
    assert WINTER.one(LOG, "four").event_date == "1999-12-09"


def test_upper_case_timeline_day_dates_its_entry() -> None:
    text = ("NOV 3 - Rebel columns reach the river. Army officers say 40 rebels were killed at the ford.\n\n"
            "NOV 4 - The rebels withdraw.")
    assert WINTER.one(text, "40").event_date == "1999-11-03"


def test_entry_day_does_not_date_a_count_so_far() -> None:
    text = ("NOV 3 - Rebel columns reach the river. Army officers say more than 400 rebels have been taken "
            "prisoner.\n\nNOV 4 - The rebels withdraw.")
    assert WINTER.one(text, "400").event_date is None


def test_a_day_opening_a_line_without_a_dash_is_no_entry() -> None:
    text = "2 December saw heavy fighting near Kosti. Crew members said three boatmen were wounded."
    assert not opens_entry(text, 0)
    assert opens_entry("2 Dec - A barge was hit.", 0)
    assert opens_entry("OCT 29 - Troops landed.", 0)
    assert not opens_entry("Oct 29 was quiet.", 0)


def test_entry_place_does_not_leak_across_entries() -> None:
    # the 9 Dec entry names Malakal for its own count; the 12 Dec entry names no place and borrows none from it
    text = ("9 Dec - Militiamen boarded a fuel barge at Malakal. The owners say four crewmen were killed.\n\n"
            "12 Dec - A grain barge was fired on from the bank. Crew report three boatmen wounded.")
    assert WINTER.one(text, "four").location == "Malakal"
    assert WINTER.one(text, "three").location is None


# --- a named campaign is a war's front: its counts are totals (extract/datewhole.py) ----------------------------

def test_named_campaign_count_is_undated() -> None:
    text = ("On 3 November the rebels crossed the river. The army says 172 of its soldiers died in the Kordofan "
            "campaign.")
    assert WINTER.one(text, "172").event_date is None


def test_a_campaign_in_lower_case_keeps_the_day() -> None:
    text = "On 3 November the rebels crossed the river. The army says 17 soldiers died in the campaign."
    assert WINTER.one(text, "17").event_date == "1999-11-03"


# --- a day written in full lends its year to a later day of another month (extract/dateyearfrom.py) --------------

def test_year_of_a_full_day_carries_to_the_next_month() -> None:
    text = ("Marches began in the capital on 10 April 2001. On 2 May police fired on a march and 12 people were "
            "killed.")
    assert LATER.one(text, "12").event_date == "2001-05-02"


def test_year_of_a_full_day_carries_to_the_next_paragraph() -> None:
    text = ("1. Marches began in the capital on 10 April 2001.\n\n"
            "2. On 2 May, troops crossed the border: about 800 soldiers, according to the ministry.")
    assert LATER.one(text, "800").event_date == "2001-05-02"


def test_year_of_a_full_day_does_not_reach_months_later() -> None:
    text = ("Marches began in the capital on 10 January 2001. On 2 December police fired on a march and 12 "
            "people were killed.")
    assert LATER.one(text, "12").event_date == "2003-12-02"


def test_year_of_a_full_day_never_passes_publication() -> None:
    text = "The talks opened on 10 April 2004. On 2 May police fired on a march and 12 people were killed."
    assert ClaimProbe(date(2004, 4, 20)).one(text, "12").event_date == "2003-05-02"


# --- "by the end of <year>" in any tense; "published in <year>" (extract/datejoins.py) ---------------------------

def test_by_the_end_of_a_year_is_a_total() -> None:
    text = "Local historians give 230 civilians killed by the end of 1971."
    assert LATER.one(text, "230").event_date is None


def test_in_a_year_without_by_keeps_the_year() -> None:
    text = "Local historians say 230 civilians were killed in 1971."
    assert LATER.one(text, "230").event_date == "1971"


def test_year_figures_were_published_is_not_the_event() -> None:
    text = "Army losses were 61 dead, according to the General Staff's figures published in 1993."
    assert LATER.one(text, "61").event_date is None


def test_year_of_the_event_after_published_elsewhere_stays() -> None:
    text = "Army losses were 61 dead in 1988, the General Staff said."
    assert LATER.one(text, "61").event_date == "1988"


# --- a heading's period end alone in brackets dates no line (extract/datepoints.py) -------------------------------

def test_heading_up_to_a_day_dates_no_row() -> None:
    text = ("Report to our supporters\n\nSPENDING (to 10 March)\nFood for 3,000 displaced people near Gulu: "
            "$21,400\nTents for displaced families: $8,200\n")
    assert ClaimProbe(date(1999, 3, 20)).one(text, "3,000").event_date is None


# --- footnote markers after a full stop end a sentence (extract/sentences.py) -----------------------------------

def test_footnote_marker_after_a_full_stop_ends_the_sentence() -> None:
    text = "The column counted 300 tanks.[2] Paratroops landed at the airport on 4 May."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["The column counted 300 tanks.[2]",
                                            "Paratroops landed at the airport on 4 May."]


def test_bracketed_number_mid_sentence_cuts_nothing() -> None:
    text = "The column counted 300 tanks [2] and paratroops landed at the airport."
    assert len(split_sentences(text)) == 1


@given(st.lists(st.integers(min_value=1, max_value=999), min_size=0, max_size=3))
def test_any_footnote_markers_end_a_sentence(marks: list[int]) -> None:
    notes = "".join(f"[{n}]" for n in marks)
    text = f"Rebels held the bridge.{notes} Troops came at dawn."
    assert len(split_sentences(text)) == 2


# --- places: seats, the hurt put ashore, origins, infoboxes, elliptic lists, non-places -------------------------

def test_spokesman_in_a_town_speaks_from_it() -> None:
    text = "Troops crossed into Darfur on Monday. An army spokesman in Khartoum said 40 rebels were killed in Darfur."
    assert WINTER.one(text, "40").location == "Darfur"
    text = "An army spokesman in Khartoum said 40 rebels were killed."
    assert WINTER.one(text, "40").location is None


def test_town_after_a_spokesman_without_saying_stays() -> None:
    text = "A police spokesman in Kosti was among 3 people wounded in the blast."
    assert WINTER.one(text, "3").location == "Kosti"


def test_where_the_wounded_were_landed_is_not_the_scene() -> None:
    text = "Gunboats fired on the ferry. Four passengers were wounded; all were landed at Mombasa."
    assert WINTER.one(text, "Four").location is None


def test_paratroops_landing_at_a_town_is_the_scene() -> None:
    text = "Rebels shot dead 30 paratroops who landed at Kisangani airport."
    assert WINTER.one(text, "30").location == "Kisangani airport"


def test_police_from_a_country_are_not_there() -> None:
    text = "About 900 soldiers and 400 police from Kenya crossed into Somalia on Monday."
    assert WINTER.one(text, "400").location == "Somalia"


def test_named_site_roundabout_and_causeway() -> None:
    text = "Police cleared the camp at the Clock Roundabout in Kosti; three protesters were killed."
    assert WINTER.one(text, "three").location == "Clock Roundabout"


def test_infobox_place_places_an_unplaced_total() -> None:
    text = ("Invasion of Ruritania\n\nDate: 3-4 May 1961\nPlace: Ruritania\n\n"
            "The invasion ended the republic. Army losses were 96 dead, most of them in accidents.")
    assert LATER.one(text, "96").location == "Ruritania"


def test_place_line_further_down_is_no_infobox() -> None:
    lines = "\n".join(f"Line {i} of the notes." for i in range(14))
    text = ("Invasion of Ruritania\n\n" + lines + "\nPlace: Ruritania\n\n"
            "Army losses were 96 dead, most of them in accidents.")
    assert LATER.one(text, "96").location is None


def test_country_in_an_elliptic_list_is_not_the_place() -> None:
    text = WAR + "In the border war Kenya lost 10 soldiers, Uganda four and Tanzania two, none of them in combat."
    assert LATER.one(text, "10").location is None


def test_country_list_without_a_verb_keeps_its_places() -> None:
    text = "Deaths reported by country: Uganda 40, Kenya 12."
    got = LATER.extracted(text)
    assert not got or any(c.location in ("Uganda", "Kenya") for c in got)


def test_commonwealth_and_a_named_patrol_are_no_places() -> None:
    text = "Some 60 British and Commonwealth servicemen were killed in the ambush."
    assert LATER.one(text, "60").location is None
    text = WAR + "The navy keeps four frigates on the Armilla patrol in the Gulf."
    assert LATER.one(text, "four").location == "Gulf"


@pytest.mark.parametrize("text, named", [
    ("Tankers were hit in the Gulf last week.", True),
    ("Shipping near the Gulf was halted.", True),
    ("The Gulf War ended in 1991.", False),
    ("Ministers of the Gulf states met.", False),
    ("The Gulf Cooperation Council met.", False),
])
def test_the_gulf_alone_is_a_water(text: str, named: bool) -> None:
    assert bool(waters(text)) == named
