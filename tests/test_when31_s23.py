"""Session 23, batch 31's event dates (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.dateexpr import _EXPR, _expressions


def _dates(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> event_date of each claim (the last one for a repeated number)."""
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub)}


# --- "between last Friday and Tuesday": a span of two weekdays, its month (not the first day)

def test_between_last_weekday_and_weekday_is_the_span_month():
    text = "Fourteen people were killed in the valley between last Saturday and Wednesday, the district chief said."
    assert _dates(text, date(2021, 3, 12))["Fourteen"] == "2021-03"


def test_from_last_weekday_to_weekday_is_the_span_month():
    text = "Rebels killed 23 soldiers from last Monday to Thursday in the hills."
    assert _dates(text, date(2019, 10, 19))["23"] == "2019-10"


def test_a_span_across_two_months_has_no_date():
    # Sunday 28 April to Wednesday 1 May: no one month holds it
    text = "Rebels killed 23 soldiers between last Sunday and Wednesday in the hills."
    assert _dates(text, date(2024, 5, 3))["23"] is None


def test_last_weekday_alone_stays_a_day():
    text = "Rebels killed 23 soldiers last Monday in the hills."
    assert _dates(text, date(2019, 10, 19))["23"] == "2019-10-14"


# --- months of one year joined by a dash or "to": a period, no date

def test_a_dash_joined_span_of_months_is_a_period():
    text = "Feb.-Apr. 1921 - About 40 people are killed in raids on the border villages."
    assert _dates(text, date(2021, 5, 2))["40"] is None


def test_months_to_months_of_a_year_is_a_period():
    text = "From the records, 65 prisoners died July to September 1944 in the camp."
    assert _dates(text, date(2004, 1, 5))["65"] is None


def test_a_month_of_a_year_alone_stays_its_month():
    text = "Apr. 1921 - About 40 people are killed in raids on the border villages."
    assert _dates(text, date(2021, 5, 2))["40"] == "1921-04"


_MONTH_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
               "January", "March", "October"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_MONTH_ABBR), st.sampled_from(_MONTH_ABBR), st.integers(1850, 2030),
       st.sampled_from(["-", "–", " to ", " through "]))
def test_every_month_span_with_a_year_is_one_period(first: str, last: str, year: int, joint: str) -> None:
    sentence = f"{first}{joint}{last} {year} - some 12 people were killed."
    found = [(m.lastgroup, m.group(0)) for m in _expressions(sentence)]
    assert found[0] == ("period", f"{first}{joint}{last} {year}".lower())
    assert [m.lastgroup for m in _EXPR.finditer(sentence)][0] == "period"


# --- a list printed (published, issued) in a month: the list's month, not its dead's

def test_a_list_printed_in_a_month_does_not_date_its_toll():
    text = "The figure of 27 dead comes from a list that the parish printed in March 1848."
    assert _dates(text, date(1998, 2, 1))["27"] is None


def test_a_list_published_in_a_month_does_not_date_its_toll():
    text = "The figure of 27 dead comes from a register published in March 1848 by the parish."
    assert _dates(text, date(1998, 2, 1))["27"] is None


def test_deaths_in_a_month_stay_dated():
    text = "A register of the parish counts 27 dead in March 1848."
    assert _dates(text, date(1998, 2, 1))["27"] == "1848-03"


# --- "in the weeks that followed" a day told before: no date (the weeks may leave its month)

_RIOT = ("Troops fired on the marchers at the bridge on 4 May 1950, killing 14 people. "
         "Police detained 230 people in the weeks that followed.")


def test_weeks_that_followed_give_no_date():
    got = _dates(_RIOT, date(2000, 5, 4))
    assert got["14"] == "1950-05-04"
    assert got["230"] is None


def test_following_months_give_no_date():
    text = ("Troops fired on the marchers at the bridge on 4 May 1950, killing 14 people. "
            "Over the following months 230 people were detained.")
    assert _dates(text, date(2000, 5, 4))["230"] is None


def test_days_that_followed_still_give_the_month():
    text = ("Troops fired on the marchers at the bridge on 4 May 1950, killing 14 people. "
            "Police detained 230 people in the days that followed.")
    assert _dates(text, date(2000, 5, 4))["230"] == "1950-05"
