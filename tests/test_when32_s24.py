"""Session 24, batch 32's event dates (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.dates import _hits
from extract.dateresolve import EventDate
from extract.dateyearfrom import year_from_text


def _dates(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> event_date of each claim (the last one for a repeated number)."""
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub)}


def _kinds(sentence: str, pub: date) -> list[tuple[str, str | None]]:
    return [(h.kind, h.date.value if h.date else None) for h in _hits(sentence, pub)]


# --- "a year ago tomorrow": a day counted back in whole years

def test_a_year_ago_tomorrow_names_the_day():
    assert _kinds("The siege ended a year ago tomorrow.", date(2021, 8, 9)) == [("yearsago", "2020-08-10")]


def test_years_ago_today_and_yesterday():
    assert _kinds("Three years ago today the dam burst.", date(2021, 8, 9)) == [("yearsago", "2018-08-09")]
    assert _kinds("It was 2 years ago yesterday.", date(2021, 8, 9)) == [("yearsago", "2019-08-08")]


def test_a_year_ago_alone_names_no_day():
    assert _kinds("A year ago the dam burst.", date(2021, 8, 9)) == []


def test_a_leap_day_counted_back_falls_on_the_28th():
    assert _kinds("It fell a year ago tomorrow.", date(2020, 2, 28)) == [("yearsago", "2019-02-28")]


def test_a_year_ago_tomorrow_dates_a_retrospective():
    text = ("Remembering the depot raid\nRadio Eastline. Programme notes, published 20 May 2022.\n\n"
            "Our guests recall the night militiamen attacked the fuel depot at Kesh, a year ago tomorrow.\n\n"
            "Police say 17 guards were killed in the raid.")
    assert _dates(text, date(2022, 5, 20))["17"] == "2021-05-21"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 6),
       st.sampled_from(["today", "tomorrow", "yesterday"]))
def test_years_ago_is_that_many_years_back(pub: date, years: int, day: str):
    words = {1: "a", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
    got = _hits(f"The town fell {words[years]} year{'s' if years > 1 else ''} ago {day}.", pub)
    assert len(got) == 1 and got[0].kind == "yearsago"
    base = pub + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[day])
    when = date.fromisoformat(got[0].date.value)
    assert when.year == base.year - years and when.month == base.month and when.day in (base.day, 28)


def test_a_day_is_not_moved_past_publication():
    # the report's own date line writes March with 2020: a day of March 2019 stays there
    text = "Notes, published 14 March 2020.\n\nThe flood came a year ago tomorrow."
    when = EventDate("2019-03-15", "day")
    assert year_from_text(text, text.index("The flood"), "The flood came a year ago tomorrow.", when,
                          date(2020, 3, 14)) == when


# --- a weekday after a time of the clock

def test_a_weekday_after_a_clock_time_is_its_day():
    assert _kinds("FLASH 1 (22:50 Friday) - Shots were fired at the port.", date(2019, 6, 9)) == [
        ("weekday", "2019-06-07")]
    assert _kinds("The mortars landed at 9 p.m. Tuesday near the gate.", date(2019, 6, 9)) == [
        ("weekday", "2019-06-04")]


def test_a_bare_number_before_a_weekday_is_no_time():
    assert _kinds("He sold 12 Monday papers.", date(2019, 6, 9)) == []


def test_a_stamped_series_carries_the_first_entry_day():
    text = ("FLASH series: Port attack\nNorthline Agency, Sunday 9 June 2019.\n\n"
            "FLASH 1 (22:50 Saturday) ALDMOUTH - Gunmen have attacked the ferry terminal, witnesses say.\n\n"
            "FLASH 2 (01:15) - The port authority says it has received 9 bodies from the terminal.")
    got = _dates(text, date(2019, 6, 9))
    assert got["9"] == "2019-06-08"


# --- moving the wounded for care starts no new story

def test_wounded_flown_out_for_treatment_keep_the_incident_date():
    text = ("Gunmen attacked the market in Tarsil on Saturday evening. Overnight, the worst hurt were flown out for "
            "treatment in the capital, doctors said. A hospital spokesman said at least 11 of the dead were children.")
    assert _dates(text, date(2018, 4, 15))["11"] == "2018-04-14"


def test_a_new_harm_overnight_is_its_own_day():
    text = ("Gunmen attacked the market in Ombe on Saturday evening. Overnight, militants shelled the clinic "
            "there. A nurse said at least 15 of the dead were women.")
    assert _dates(text, date(2018, 4, 15))["15"] != "2018-04-14"


# --- a retrospective's harm later in its opening paragraph

_PUB = date(2016, 11, 2)


def test_an_old_opening_whose_harm_follows_dates_the_piece():
    text = ("The winter march, 100 years on\nThe River Review, autumn issue.\n\n"
            "On the night of 14 November 1916, two companies of militia surrounded the village of Orrin. "
            "At dawn the militiamen opened fire on the houses.\n\n"
            "The militia's own roll lists 12 men wounded, historians now believe.")
    assert _dates(text, _PUB)["12"] == "1916-11-14"


def test_a_harm_of_another_time_in_the_opening_paragraph_does_not():
    text = ("The winter treaty, 100 years on\nThe River Review, autumn issue.\n\n"
            "On 14 November 1916, the two councils signed a truce at Orrin. "
            "Their chief had been killed three weeks earlier on the road.\n\n"
            "The militia's own roll lists 12 men wounded, historians now believe.")
    assert _dates(text, _PUB)["12"] != "1916-11-14"


# --- a cable's heading fields and numbered labels are no lead sentences; "so far" ends no story

_CABLE = ("BRIEF: Harbour attack\nFROM: Consulate Brask. TO: Desk officer. DATE: 12 May 2014. "
          "CLASSIFICATION: Restricted. REF: our note of 11 May.\n\n"
          "1. OVERVIEW. The toll from Saturday's raid on the harbour in Brask stands at 31 dead, police say. "
          "Nobody from the consulate is among the casualties so far. END OVERVIEW.\n\n"
          "2. THE QUAY. Gunmen landed at the quay and fired on the crowd. Harbour police count 19 dead on the quay.")


def test_a_cables_summary_dates_its_later_paragraphs():
    assert _dates(_CABLE, date(2014, 5, 12))["19"] == "2014-05-10"


def test_a_prose_sentence_in_capitals_is_still_no_heading_field():
    # a sentence "said: ..." is no memo field ("FROM: ..."): _HEAD_FIELD wants a word in capitals and a colon
    from extract.datesaid import _HEAD_FIELD
    assert _HEAD_FIELD.match("FROM: Consulate Brask.") and not _HEAD_FIELD.match("Police said: 12 died.")
