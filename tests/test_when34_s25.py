"""Session 25, batch 34's event dates (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.dates import _hits
from extract.records import Claim
from extract.remcarry import carry_over


def _dates(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> event_date of each claim (the last one for a repeated number)."""
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub)}


def _kinds(sentence: str, pub: date) -> list[tuple[str, str | None]]:
    return [(h.kind, h.date.value if h.date else None) for h in _hits(sentence, pub)]


# --- a gallery caption numbered "3 of 8 - " is a photo caption: no event date

_GALLERY = ("Pictures: the market bombing one year on\nThe Upland Courier, 4 June 2021. Gallery, 6 images.\n\n"
            "On 3 June 2020 a car bomb exploded at the market in Millbrook. The blast killed 24 people, police "
            "say.\n\n"
            "2 of 6 - A rescuer carries a child at Millbrook on 3 June 2020. Firefighters say 31 people were "
            "wounded in the blast. (County archive)\n\n")


def test_a_numbered_gallery_caption_is_undated():
    got = _dates(_GALLERY, date(2021, 6, 4))
    assert got["24"] == "2020-06-03"  # the gallery's intro is body text
    assert got["31"] is None


def test_a_paragraph_opening_with_a_count_of_a_whole_is_no_caption():
    text = ("Militia raid on Millbrook\nThe Upland Courier, 4 June 2021.\n\n"
            "On Wednesday gunmen raided the market at Millbrook.\n\n"
            "2 of 6 suspects were later released. Police said 31 people were wounded in the raid on Wednesday.")
    assert _dates(text, date(2021, 6, 4))["31"] == "2021-06-02"


# --- "In the weeks that followed, ..." ends the story of the lead's day

def test_weeks_that_followed_end_the_incident_story():
    text = ("Riots in the north\nThe Plains Herald, 20 December 2019.\n\n"
            "On 2 March 2019 a bomb on a bus at Kerrin killed 18 passengers. In the weeks that followed, gangs "
            "burned villages across the province. The governor told reporters in November that 600 people had "
            "been killed.")
    got = _dates(text, date(2019, 12, 20))
    assert got["18"] == "2019-03-02"
    assert got["600"] is None


def test_without_a_later_span_the_incident_story_goes_on():
    text = ("Bus bombing\nThe Plains Herald, 4 March 2019.\n\n"
            "On 2 March 2019 a bomb on a bus at Kerrin killed 18 passengers. Gangs then burned shops near the "
            "station. The governor told reporters in the evening that 25 people had been wounded.")
    assert _dates(text, date(2019, 3, 4))["25"] == "2019-03-02"


# --- "had arrested 2,000 people by June": the end of a total's period

def test_a_month_after_by_ends_a_past_perfect_total():
    assert _kinds("Officers had detained 2,000 people by June.", date(2010, 1, 5)) == [("period", None)]


def test_a_month_after_in_stays_a_month():
    assert _kinds("Officers detained 2,000 people in June.", date(2010, 1, 5)) == [("month", "2009-06")]


# --- a headline's undated figure leaves the body's re-mention its date

def _claim(section: str, when: str | None, sentence: str) -> Claim:
    return Claim(number_text="40", low=40, high=40, best=40, qualifier="exact", unit="count", measure="killed",
                 subject="people", side="civilian", char_start=0, char_end=2, sentence=sentence, section=section,
                 event_date=when, date_precision="day" if when else None, source="Valley Council",
                 source_type="publication", stance="asserted")


_TITLE = "Valley mourns its 40 residents killed at the cattle market"
_BODY = "The council mourns the 40 of our residents who were killed at the cattle market on Tuesday morning."


def test_an_undated_headline_leaves_the_body_its_date():
    body = _claim("body", "2018-09-11", _BODY)
    carry_over(body, _claim("headline", None, _TITLE), (_TITLE, ""), _TITLE + "\n\n" + _BODY, len(_TITLE) + 24,
               "Valley Council")
    assert body.event_date == "2018-09-11"


def test_an_undated_body_mention_still_gives_its_none():
    again = _claim("body", "2018-09-11", "The 40 were buried on Friday.")
    carry_over(again, _claim("body", None, _BODY), (_BODY, ""), _BODY + " The 40 were buried on Friday.",
               len(_BODY) + 5, "Valley Council")
    assert again.event_date is None


# --- an aside totalling its own count does not make a later number a total

def test_an_aside_in_all_leaves_the_later_count_the_incident():
    text = ("Ferry attack\nCoast Times, 9 August 2017.\n\n"
            "Militiamen attacked the ferry Ardent on Monday night, killing 12 passengers.\n\n"
            "The gangway was blocked. The gunmen had come aboard at the stern. They fired into the lounge. The crew, "
            "19 people in all, hid below deck for hours, where the ship's nurse treated 23 wounded passengers.")
    assert _dates(text, date(2017, 8, 9))["23"] == "2017-08-07"


def test_in_all_in_the_count_clause_is_still_a_total():
    text = ("Ferry attack\nCoast Times, 9 August 2017.\n\n"
            "Militiamen attacked the ferry Ardent on Monday night. In all, 23 passengers were wounded.")
    assert _dates(text, date(2017, 8, 9))["23"] is None


# --- "Across <country>" / "nationwide": a count over the whole land, not the incident's

def test_a_count_across_the_country_takes_no_incident_date():
    text = ("Letter from the mission\nMission Office, 12 March 2011.\n\n"
            "On Sunday a mob burned the school at Tamsin, where 40 families sheltered. At least 12 people were "
            "killed there, the police say. Our priest counted 14 dead. Three of our teachers are among them.\n\n"
            "Across Morvania the interior ministry says 310 people have been killed since the vote.")
    got = _dates(text, date(2011, 3, 12))
    assert got["12"] == "2011-03-06"
    assert got["310"] is None


def test_a_count_in_the_incident_story_without_across_keeps_its_day():
    text = ("Letter from the mission\nMission Office, 12 March 2011.\n\n"
            "On Sunday a mob burned the school at Tamsin, where 40 families sheltered. At least 12 people were "
            "killed there, the police say. Our priest counted 14 dead. Three of our teachers are among them.\n\n"
            "In Tamsin the interior ministry says 31 people have been killed.")
    assert _dates(text, date(2011, 3, 12))["31"] == "2011-03-06"


# --- "on New Year's Day", "on Christmas Eve": a feast of fixed date names its day

def test_on_new_years_day_dates_the_next_sentence():
    text = ("Appeal for the valley\nRelief Office, 9 January 2012.\n\n"
            "On New Year's Day gunmen set fire to the market hall at Orrin. At least 17 people were killed, the "
            "police say.")
    assert _dates(text, date(2012, 1, 9))["17"] == "2012-01-01"


def test_a_feast_later_in_the_year_is_last_years():
    assert _kinds("On Christmas Eve the militia shelled the town.", date(2012, 1, 9)) == [("explicit", "2011-12-24")]
    assert _kinds("On Boxing Day, 1998, the militia shelled the town.", date(2012, 1, 9)) == [
        ("explicit", "1998-12-26")]


def test_a_feast_without_on_names_no_day():
    assert _kinds("The Christmas truce held.", date(2012, 1, 9)) == []
    assert _kinds("Since Christmas the militia has shelled the town.", date(2012, 1, 9)) == []


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
       st.sampled_from(["New Year's Day", "New Year’s Eve", "Christmas Day", "christmas eve", "Boxing Day"]))
def test_a_feast_is_the_last_one_on_or_before_publication(pub: date, feast: str):
    got = _hits(f"Gunmen attacked the village on {feast}.", pub)
    assert len(got) == 1 and got[0].kind == "explicit" and got[0].anchored
    when = date.fromisoformat(got[0].date.value)
    assert when <= pub and (pub - when).days < 366


# --- "last week" / "this week" whose days run into the next month name no month

def test_last_week_across_two_months_names_no_month():
    assert _kinds("The floods of last week wrecked the bridges.", date(2021, 7, 5)) == [("lastweek", None)]


def test_last_week_within_a_month_names_it():
    assert _kinds("The floods of last week wrecked the bridges.", date(2021, 7, 14)) == [("lastweek", "2021-07")]


def test_now_lists_with_a_week_across_months_is_undated():
    text = ("Flood update\nValley Radio, Monday 5 July 2021.\n\n"
            "The coroner now lists 33 deaths from last week's militia attacks.")
    assert _dates(text, date(2021, 7, 5))["33"] is None


# --- arrests take no day from an earlier paragraph

_DEPORTS = ("Stadium statement\nRiver City Club, 10 May 2013.\n\n"
            "On Wednesday night 14 fans were killed in a crush at the north stand.\n\n"
            "On Thursday the army flew 900 of our supporters home.\n\n")


def test_detentions_in_a_new_paragraph_take_no_earlier_day():
    text = _DEPORTS + "The prosecutor has ordered the detention of 31 people."
    assert _dates(text, date(2013, 5, 10))["31"] is None


def test_arrests_in_the_same_paragraph_keep_its_day():
    text = ("Stadium statement\nRiver City Club, 10 May 2013.\n\n"
            "On Thursday soldiers raided the camp. Soldiers arrested 31 suspected militants.")
    assert _dates(text, date(2013, 5, 10))["31"] == "2013-05-09"


# --- "bringing the toll to N" in the incident's story keeps its day

def test_the_toll_brought_up_by_a_later_death_keeps_the_incident_day():
    text = ("Stadium statement\nRiver City Club, 10 May 2013.\n\n"
            "The club mourns the 14 fans who were killed in a crush at the north stand on Wednesday night. A "
            "steward also died in hospital, bringing the toll to 15, the health ministry said.")
    assert _dates(text, date(2013, 5, 10))["15"] == "2013-05-08"


def test_a_running_toll_since_a_period_stays_undated():
    text = ("Stadium statement\nRiver City Club, 10 May 2013.\n\n"
            "Gunmen shot dead four fans outside the north stand on Wednesday night, bringing the toll since "
            "January to 61.")
    assert _dates(text, date(2013, 5, 10))["61"] is None
