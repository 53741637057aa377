"""Session 14, batch 24's dates and places (helper when24): each rule on sentences written for it, and the cases it
must not reach."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.placespread import spread_over_places
from tests.claim_probe import ClaimProbe

FILM = ClaimProbe(date(2006, 5, 12))  # a documentary about an older war, out in 2006


def _date(probe: ClaimProbe, text: str, number: str) -> str | None:
    return probe.one(text, number).event_date


def _place(probe: ClaimProbe, text: str, number: str) -> str | None:
    return probe.one(text, number).location


# --- a day or month without its year takes the story's year (extract/storyyear.py) -----------------------------

def test_day_without_year_takes_the_story_year_of_another_month() -> None:
    text = ("The Long Siege: Khe Sanh, 1968\n\n"
            "By February 1968 the base held some 6,000 marines. "
            "On 23 April, shelling killed 14 marines at the airstrip.")
    assert _date(FILM, text, "14") == "1968-04-23"


def test_month_alone_takes_the_story_year() -> None:
    text = ("On the morning of 11 January 1879 the column crossed the river with some 4,500 men.\n\n"
            "In May, an ambush near the drift killed 30 soldiers of the column.")
    assert _date(FILM, text, "30") == "1879-05"


def test_day_of_the_published_day_written_out_takes_the_story_year() -> None:
    text = ("By March 1954 the garrison was cut off.\n\n"
            "On 12 May the last positions fell, and 900 soldiers were taken prisoner.")
    assert _date(FILM, text, "900") == "1954-05-12"


def test_a_date_early_in_the_next_year_rolls_over() -> None:
    text = ("In November 1942 the army was encircled on the Volga.\n\n"
            "On 2 February the last 91,000 men surrendered in the ruins.")
    assert _date(FILM, text, "91,000") == "1943-02-02"


def test_a_day_that_opened_a_period_lends_no_story_year() -> None:
    text = ("The strike started at the port on 4 February 2001. "
            "On 9 November police fired on the dockers and 7 people were killed.")
    assert _date(FILM, text, "7") == "2005-11-09"


def test_news_of_the_day_keeps_the_publication_year() -> None:
    text = "On May 8 gunmen killed 12 villagers in the district, police said."
    assert _date(FILM, text, "12") == "2006-05-08"


def test_background_since_a_year_keeps_the_publication_year() -> None:
    text = ("The insurgency has gone on since March 2001. "
            "On 8 April gunmen killed 12 villagers in the district, police said.")
    assert _date(FILM, text, "12") == "2006-04-08"


def test_a_report_that_dates_by_weekday_keeps_the_publication_year() -> None:
    text = ("Rebels attacked the town on Tuesday. The town fell to rebels in July 2003. "
            "On 8 April, soldiers killed 12 villagers in the district.")
    assert _date(FILM, text, "12") == "2006-04-08"


def test_a_story_told_in_the_publication_year_keeps_it() -> None:
    text = ("On 2 February 2006 the ceasefire collapsed, as it had in November 2004. "
            "On 8 April, soldiers killed 12 villagers in the district.")
    assert _date(FILM, text, "12") == "2006-04-08"


def test_the_published_day_itself_stays() -> None:
    text = "The war in the valley began in March 1954. Today 31 veterans laid wreaths at the memorial."
    got = FILM.extracted(text)
    assert all(c.event_date in (None, "2006-05-12") for c in got)


def test_a_year_alone_in_the_title_is_the_story_year() -> None:
    text = "The Valley: Dien Bien Phu, 1954 - subtitles\n\nOn 12 May 40 soldiers were killed."
    assert _date(FILM, text, "40") == "1954-05-12"


def test_a_year_in_a_first_sentence_is_no_title() -> None:
    text = "Peace talks collapsed in 2001.\nOn 8 April gunmen killed 12 villagers in the district, police said."
    assert _date(FILM, text, "12") == "2006-04-08"


def test_an_older_full_date_is_read_with_its_year() -> None:
    text = "On 22 January 1879 some 1,300 soldiers were killed at the camp."
    assert _date(FILM, text, "1,300") == "1879-01-22"


# --- "by the middle of April" and days running from a day (dateexpr.py, daysinmonth.py) --------------------------

def test_by_the_middle_of_a_month_is_that_month() -> None:
    text = "By the middle of April 2005 more than 600 wounded lay in the field hospital."
    assert _date(FILM, text, "600") == "2005-04"


def test_by_the_end_of_a_month_is_still_no_date() -> None:
    text = "We could confirm that 46 of those abducted had not come home by the end of August."
    assert _date(FILM, text, "46") is None


def test_days_running_from_a_day_give_its_month() -> None:
    text = "In three days of fighting from 9 March 2005 the rebels took 240 prisoners."
    assert _date(FILM, text, "240") == "2005-03"


def test_a_day_without_a_count_of_days_stays_a_day() -> None:
    text = "Fighting resumed from 9 March 2005 and the rebels took 240 prisoners."
    assert _date(FILM, text, "240") == "2005-03-09"


# --- counts spread over several battlefields (extract/placespread.py) ---------------------------------------------

_BATTLES = ("In December 1939 the division was destroyed near Suomussalmi. "
            "In January 1940 another division was cut to pieces on the Raate road. ")


def test_a_count_over_two_battlefields_has_no_place_nor_date() -> None:
    claim = FILM.one(_BATTLES + "The army counted 22,000 enemy dead on the two battlefields.", "22,000")
    assert claim.location is None
    assert claim.event_date is None


def test_a_count_on_one_battlefield_keeps_the_place() -> None:
    text = _BATTLES + "The army counted 22,000 enemy dead on the road."
    assert _place(FILM, text, "22,000") == "Raate road"


@pytest.mark.parametrize("sentence, want", [
    ("They lost 40 men on both fronts.", True),
    ("Russia lost 1,150 troops on all fronts.", True),
    ("The army counted 900 dead across the three sectors.", True),
    ("Twelve soldiers were killed on the northern front.", False),
    ("The battlefields of Flanders hold 40,000 graves.", False),
])
def test_spread_over_places(sentence: str, want: bool) -> None:
    assert spread_over_places(sentence) is want


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_spread_over_places_needs_its_words(text: str) -> None:
    if not any(w in text for w in ("battlefields", "fronts", "sectors", "grounds")):
        assert spread_over_places(text) is False


# --- battlefield sites the gazetteer now holds (assets/gazetteer/supplement.tsv) ----------------------------------

@pytest.mark.parametrize("text, number, want", [
    ("That night 40 defenders died at Rorke's Drift.", "40", "Rorke's Drift"),
    ("Some 300 soldiers were killed on the slopes of Isandlwana.", "300", "Isandlwana"),
    ("The attack on Tololing cost the battalion 18 dead.", "18", "Tololing"),
])
def test_battlefield_sites_are_places(text: str, number: str, want: str) -> None:
    assert _place(FILM, text, number) == want


def test_in_year_moves_a_date_and_refuses_a_day_the_year_lacks():
    from extract.dateresolve import EventDate, in_year

    assert in_year(EventDate("2004-05-07", "day"), 1954) == EventDate("1954-05-07", "day")
    assert in_year(EventDate("2004-03", "month"), "1954") == EventDate("1954-03", "month")
    assert in_year(EventDate("2024-02-29", "day"), 1954) is None
