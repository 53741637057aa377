"""Session 11, batch 21's dates and places (helper when21): each rule on sentences written for it, and the cases
it must not reach."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_probe import ClaimProbe

AUTUMN = ClaimProbe(date(1993, 10, 30))


def _one(probe: ClaimProbe, text: str, number: str):
    return probe.one(text, number)


# --- a day and the year word after it (extract/datejoins.py) ---------------------------------------------------

@pytest.mark.parametrize("text, number, want", [
    ("Rebels said 40 soldiers were killed near Kunduz on 3 May last year.", "40", "1992-05-03"),
    ("In the ambush on 2 November last year, 12 soldiers were killed.", "12", "1992-11-02"),
    ("In May last year 40 soldiers were killed in Kunduz.", "40", "1992-05"),
    ("On 3 March this year, gunmen killed 9 villagers in Kunduz.", "9", "1993-03-03"),
])
def test_day_with_year_word(text: str, number: str, want: str) -> None:
    assert _one(AUTUMN, text, number).event_date == want


def test_year_word_alone_still_gives_the_year() -> None:
    assert _one(AUTUMN, "Last year 40 soldiers were killed in Kunduz.", "40").event_date == "1992"


# --- "now" in a count since a day ----------------------------------------------------------------------------

def test_now_in_a_count_since_a_day_is_no_date() -> None:
    assert _one(AUTUMN, "The brigade has now lost 40 soldiers since 17 January.", "40").event_date is None


def test_now_with_since_in_another_clause_stays() -> None:
    text = "Some 24,000 troops are now in Kunduz, about half of them flown in since Tuesday."
    assert _one(AUTUMN, text, "24,000").event_date == "1993-10-30"


# --- a report's date (extract/datejoins.py) --------------------------------------------------------------------

JANUARY = ClaimProbe(date(1964, 1, 21))


def test_report_of_a_day_is_not_the_event() -> None:
    text = "In our story of 14 January we wrote that 80 people had been killed in the riots of 12 January."
    assert _one(JANUARY, text, "80").event_date == "1964-01-12"
    assert _one(JANUARY, "Our dispatch of 17 January said that the navy evacuated 90 foreigners.",
                "90").event_date is None


def test_report_about_a_day_keeps_that_day() -> None:
    assert _one(JANUARY, "A report of fighting on 3 January said 40 were killed.", "40").event_date == "1964-01-03"


# --- "in the following days" (extract/datelater.py) ------------------------------------------------------------

def test_following_days_give_the_month() -> None:
    text = "Gunmen attacked the town on 3 March. In the days that followed, about 4,000 residents fled."
    assert _one(AUTUMN, text, "4,000").event_date == "1993-03"


def test_following_day_still_one_day() -> None:
    text = "Gunmen attacked the town on 3 March. The next day about 4,000 residents fled."
    assert _one(AUTUMN, text, "4,000").event_date == "1993-03-04"


# --- a yearless date takes the year the text gave its month (extract/dateyearfrom.py) --------------------------

LATER = ClaimProbe(date(2009, 11, 2))


def test_yearless_day_takes_the_year_written_before() -> None:
    text = ("The siege of the town began in April 1994. "
            "On 22 April, shelling killed 31 people in the market.")
    assert _one(LATER, text, "31").event_date == "1994-04-22"


def test_month_range_in_a_title_gives_both_months_their_year() -> None:
    text = ("The Long Winter: Vukovar, October-November 1991\n\n"
            "On 18 November the defenders counted 260 wounded in the hospital.")
    assert _one(LATER, text, "260").event_date == "1991-11-18"


def test_yearless_day_of_another_month_keeps_the_publication_year() -> None:
    text = ("The siege of the town began in April 1994. "
            "On 22 October, shelling killed 31 people in the market.")
    assert _one(LATER, text, "31").event_date == "2009-10-22"


def test_today_stays_the_published_day() -> None:
    text = "The siege of the town began in November 1994. Today 31 people were killed in the market."
    assert _one(LATER, text, "31").event_date == "2009-11-02"


def test_date_with_its_own_year_unchanged() -> None:
    text = "The siege began in April 1994. On 22 April 2009, shelling killed 31 people in the market."
    assert _one(LATER, text, "31").event_date == "2009-04-22"


# --- a report titled with the day before it was filed (extract/datetitle.py) -----------------------------------

FILED = ClaimProbe(date(2003, 3, 24))


_LINES = ("\n\nThe patrol came under fire from the west side of the road. Two soldiers were wounded and 4 enemy "
          "fighters were killed.")


def test_title_day_dates_the_lines_of_the_report() -> None:
    assert _one(FILED, "PATROL REPORT - Route Tampa, 22 March 2003" + _LINES, "4").event_date == "2003-03-22"


def test_title_dated_the_day_of_publication_lends_nothing() -> None:
    assert _one(FILED, "Ministerial statement: the border (24 March 2003)" + _LINES, "4").event_date is None


def test_title_dated_long_before_lends_nothing() -> None:
    assert _one(FILED, "Remembering 22 March 1993" + _LINES, "4").event_date is None


# --- the seat of a source, a place a message was heard, a capital keeping troops -------------------------------

def test_organisations_in_a_town_speak_from_it() -> None:
    text = ("Fighting broke out in the Vedeno district last autumn. "
            "Chechen organisations in Grozny say 300 people were killed.")
    assert _one(AUTUMN, text, "300").location == "Vedeno district"


def test_organisations_in_a_town_without_a_saying_verb_stay() -> None:
    text = "Gunmen attacked aid organisations in Grozny, killing 12 people."
    assert _one(AUTUMN, text, "12").location == "Grozny"


def test_a_body_something_passed_through_sits_there() -> None:
    text = ("Fighting broke out in the Vedeno district last autumn. "
            "Of about 300 people seized, most were exchanged through the commission in Nazran.")
    assert _one(AUTUMN, text, "300").location == "Vedeno district"


def test_a_message_heard_in_a_town_is_not_the_scene() -> None:
    text = ("Fighting went on in Kismayo all week. "
            "A radio message picked up in Nairobi said 70 people had been killed.")
    assert _one(AUTUMN, text, "70").location == "Kismayo"


def test_a_capital_keeping_troops_is_no_place() -> None:
    text = "Moscow keeps some 5,000 troops in Grozny."
    assert _one(AUTUMN, text, "5,000").location == "Grozny"


def test_a_capital_where_troops_are_kept_stays() -> None:
    assert _one(AUTUMN, "The army keeps some 5,000 troops in Moscow.", "5,000").location == "Moscow"


# --- where people stay or are held is lent to no other sentence (extract/placescope.py refuge) -----------------

def test_where_people_still_live_is_not_lent() -> None:
    text = "Gunmen attacked the village on Monday, killing 12 people. Some 300 survivors still live in tents in Niamey."
    assert _one(AUTUMN, text, "12").location is None


def test_evacuated_to_with_an_aside_is_a_destination() -> None:
    text = ("Gunmen attacked the village on Monday, killing 12 people. The army evacuated 300 survivors, 40 of them "
            "children, to Niamey.")
    claims = {c.number_text: c.location for c in AUTUMN.extracted(text)}
    assert claims["300"] == "Niamey" and claims["12"] is None


def test_held_in_camps_is_where_they_are_held_only() -> None:
    text = ("Rebels attacked the barracks on Monday, killing 12 soldiers. "
            "About 1,000 people are held in camps at Niamey.")
    claims = {c.number_text: c.location for c in AUTUMN.extracted(text)}
    assert claims["1,000"] == "Niamey"
    assert claims["12"] is None


def test_detained_in_a_town_is_still_lent() -> None:
    text = "Police detained 40 protesters in Kunduz. Another 12 were wounded."
    assert _one(AUTUMN, text, "12").location == "Kunduz"


# --- a labelled heading ends a story (extract/storyheads.py) ---------------------------------------------------

def test_labelled_heading_ends_the_story() -> None:
    text = ("Gallery notes\n\nROOM 3 - The siege\nOn 4 May the army shelled Vukovar for ten hours.\n\n"
            "ROOM 4 - The toll\nLater counts gave some 2,500 killed in the whole war.\n")
    assert _one(AUTUMN, text, "2,500").location is None


def test_labelled_heading_unit() -> None:
    from extract.storyheads import labelled_heading

    text = "x\nROOM 4 - The toll\nText.\nKYIV, March 3 (Reuters) - Shelling killed 4.\n"
    assert labelled_heading(text, 2, 19)
    assert not labelled_heading(text, 26, len(text) - 1)


# --- a title naming a district (extract/placetitle.py) ---------------------------------------------------------

def test_district_of_the_title_places_an_unplaced_count() -> None:
    text = "Vedeno district: a year of losses\n\nThe official toll is 300 dead."
    assert _one(AUTUMN, text, "300").location == "Vedeno district"


def test_town_of_the_title_lends_nothing() -> None:
    assert _one(AUTUMN, "Grozny: a year of losses\n\nThe official toll is 300 dead.", "300").location is None


# --- a paragraph that told its story borrows no place from the next (extract/placeahead.py) --------------------

def test_closing_sentence_of_a_paragraph_borrows_nothing_ahead() -> None:
    text = ("Fighting went on across the north all year. How many died is still argued over; relief agencies "
            "spoke of up to 20,000 dead.\n\nA survey of villages around Kunduz in August found 1,200 dead.")
    assert _one(AUTUMN, text, "20,000").location is None


def test_one_sentence_lede_still_borrows_from_the_next_paragraph() -> None:
    text = "More than 30 people were killed in an air strike on Monday.\n\nThe strike hit the market in Kunduz."
    assert _one(AUTUMN, text, "30").location == "Kunduz"


def test_within_a_paragraph_the_next_sentence_still_lends() -> None:
    text = ("Fighting went on all year. Relief agencies spoke of up to 20,000 dead. Most died around Kunduz.\n\n"
            "The war ended in May.")
    assert _one(AUTUMN, text, "20,000").location == "Kunduz"


# --- a total reached by a month or a year, in the past perfect (extract/datejoins.py) --------------------------

LATE = ClaimProbe(date(2016, 10, 22))


@pytest.mark.parametrize("text, number", [
    ("After the rising was crushed, by the summer of 1957 some 180,000 people had fled into Austria.", "180,000"),
    ("After the war, by March 1979 about 250,000 people had crossed into China as refugees.", "250,000"),
])
def test_total_by_a_month_or_year_has_no_date(text: str, number: str) -> None:
    assert _one(LATE, text, number).event_date is None


def test_state_on_a_day_keeps_the_day() -> None:
    text = "Some 60,000 people fled; by 10 December 2015, 14,000 were still sleeping in church shelters."
    assert _one(LATE, text, "14,000").event_date == "2015-12-10"


def test_month_without_by_keeps_its_month() -> None:
    text = "After the war, in March 1979 about 250,000 people had crossed into China as refugees."
    assert _one(LATE, text, "250,000").event_date == "1979-03"
