"""Session 5 date rules (extract/datespans.py): spans of two weekdays, "last year", the possessive date of
an event whose toll grew later, and "said in <place> on <day>". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.datespans import weekday_span_month
from extract.dateexpr import _WEEKDAYS
from test_dates import when  # published Thursday 14 March 2019 (test_dates.PUB)


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Raiders burned 30 huts in the hamlet during the night of Tuesday to Wednesday, elders said.", "30",
         "2019-03"),
        ("Fighting from Friday to Sunday left 16 militiamen dead near the dam.", "16", "2019-03"),
        ("Floodwater and shelling between Monday and Wednesday destroyed 70 shelters.", "70", "2019-03"),
        ("Overnight Saturday into Sunday, a mob torched 12 shops.", "12", "2019-03"),
        ("Gunmen held 8 teachers from Sunday night until Tuesday.", "8", "2019-03"),
    ],
)
def test_a_span_of_two_weekdays_in_one_month_is_the_month(text: str, number: str, expected: str) -> None:
    assert when(text, number) == expected


def test_a_weekday_span_across_two_months_has_no_date() -> None:
    # published Tuesday 2 April 2019: Saturday is 30 March, Monday 1 April
    assert when("Clashes from Saturday to Monday killed 22 people.", "22", published=date(2019, 4, 2)) is None


def test_the_sentences_after_a_weekday_span_inherit_its_month() -> None:
    text = ("Bandits attacked the market town during the night of Sunday to Monday. "
            "Traders said 41 stalls were looted.")
    assert when(text, "41") == "2019-03"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from(_WEEKDAYS), st.sampled_from(_WEEKDAYS))
def test_weekday_span_ends_on_or_before_publication_and_is_one_month(pub: date, a: str, b: str) -> None:
    span = weekday_span_month(a.title(), b.upper(), pub)
    if span is not None:
        month, precision = span
        assert precision == "week"
        assert month <= pub.isoformat()[:7]
        assert month >= date(pub.year - 1, 12, 1).isoformat()[:7]


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The ministry counted 212 kidnappings last year.", "212", "2018"),
        ("Last year the rebels shot down 3 helicopters.", "3", "2018"),
    ],
)
def test_last_year_is_the_year_before_publication(text: str, number: str, expected: str) -> None:
    assert when(text, number) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Over the last year the rebels shot down 3 helicopters.",  # a period: a count over it has no date
        "Since last year the rebels have shot down 3 helicopters.",
    ],
)
def test_a_period_ending_in_last_year_is_still_a_period(text: str) -> None:
    assert when(text, "3") is None


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The toll from Tuesday's landslide at the camp rose to 57 today, rescuers said.", "57", "2019-03-12"),
        ("Deaths from Saturday night's ferry fire have climbed to 33 on Wednesday.", "33", "2019-03-09"),
        ("Casualties of the March 4 bombing reached 90 yesterday.", "90", "2019-03-04"),
    ],
)
def test_a_toll_that_grew_later_belongs_to_the_possessive_date_of_its_event(text: str, number: str,
                                                                           expected: str) -> None:
    assert when(text, number) == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # no toll grew: the nearest date still governs
        ("After Tuesday's landslide, 14 more people died in floods yesterday.", "14", "2019-03-13"),
        # the count's own date, no possessive: as before
        ("The toll rose to 57 on Wednesday.", "57", "2019-03-13"),
    ],
)
def test_without_a_grown_toll_or_a_possessive_the_nearest_date_governs(text: str, number: str,
                                                                       expected: str) -> None:
    assert when(text, number) == expected


def test_said_in_a_city_on_a_day_is_when_it_was_said() -> None:
    text = "A rights group, in a report published in Geneva on Monday, said 400 prisoners had died in custody."
    assert when(text, "400") is None
    # the same day with no reporting verb before it is the event's
    assert when("Guards in Geneva on Monday shot 4 prisoners.", "4") == "2019-03-11"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The militia has burned 240 homes since the clashes started on February 9.", "240"),
        ("Aid groups have counted 5,300 arrivals since the junta seized the capital in May 2018.", "5,300"),
        ("Police said 61 protesters had died since the March 2017 crackdown.", "61"),
        ("The insurgency, which began in October 2009, has displaced 800,000 people.", "800,000"),
        ("The siege, which had started on 3 January, cost 1,900 lives.", "1,900"),
    ],
)
def test_a_date_that_opens_a_period_gives_its_count_no_date(text: str, number: str) -> None:
    assert when(text, number) is None


def test_the_sentence_after_a_period_opened_by_a_date_is_not_dated_by_it() -> None:
    text = ("Officials said 900 families had fled since the floods began on March 2. "
            "About 70 of them are sleeping in a school.")
    assert when(text, "70") is None


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # "since" in an earlier clause, or opening an earlier expression, does not reach the date
        ("Fighting has raged since 2015, and a raid on March 2 killed 23 guards.", "23", "2019-03-02"),
        ("The attack, the worst since 2016 in the province, killed 40 people on Tuesday.", "40", "2019-03-12"),
        ("The deadliest raid since 2016 took place on Tuesday and killed 40 people.", "40", "2019-03-12"),
        # a beginning told as the event itself, not in a relative clause
        ("Clashes erupted on Monday, killing 12 villagers.", "12", "2019-03-11"),
    ],
)
def test_a_date_that_does_not_open_a_period_keeps_its_day(text: str, number: str, expected: str) -> None:
    assert when(text, number) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 52,000 people were detained between March and November 2016.",
        "The army lost 1,100 men from 4 July to 30 September 1974.",
        "Monitors logged 2,600 strikes between October 2015 and mid-June 2016.",
    ],
)
def test_a_range_of_months_is_a_period(text: str) -> None:
    number = next(w for w in text.split() if w[0].isdigit() and len(w) > 2 and not w.startswith(("19", "20")))
    assert when(text, number) is None


def test_a_span_of_days_within_a_month_is_still_its_month() -> None:
    assert when("Storms between 4 and 6 March destroyed 19 tents.", "19") == "2019-03"


def test_two_weekdays_with_on_are_a_span() -> None:
    assert when("About 6,000 people crossed the bridge on Monday and Tuesday, officials said.", "6,000") == "2019-03"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told the city council on Tuesday that 31 shops were looted.",
        "A general said in January that 2,200 soldiers had deserted.",
    ],
)
def test_when_a_count_was_told_is_not_its_date(text: str) -> None:
    number = next(w for w in text.split() if w[0].isdigit())
    assert when(text, number) is None


def test_a_month_after_an_event_verb_still_dates_it() -> None:
    assert when("Rebels killed 17 rangers in January near the park.", "17") == "2019-01"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a count since a day is a span of days up to publication: its month when it lies in one
        ("Medics have treated 310 people for burns since Monday.", "310", "2019-03"),
        ("Some 4,500 residents have left the valley since on Tuesday, officials said.", "4,500", "2019-03"),
        # since this morning: the span is the published day
        ("At least 60 families have fled the district since this morning.", "60", "2019-03-14"),
    ],
)
def test_a_count_since_a_day_is_dated_by_the_span_to_publication(text: str, number: str, expected: str) -> None:
    assert when(text, number) == expected


def test_a_count_since_a_day_of_the_previous_month_has_no_date() -> None:
    # published Tuesday 2 April 2019: "since Friday" runs from 29 March
    assert when("Medics have treated 310 people since Friday.", "310", published=date(2019, 4, 2)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Floods on Monday forced 3,000 people out, bringing the number of homeless in the delta to more than 80,000.",
         "80,000"),
        ("Two soldiers died on Tuesday, bringing the army's death toll in the campaign to 212.", "212"),
    ],
)
def test_a_running_total_brought_to_a_number_has_no_date(text: str, number: str) -> None:
    assert when(text, number) is None


def test_the_count_before_bringing_keeps_its_date() -> None:
    text = "Floods on Monday forced 3,000 people out, bringing the number of homeless in the delta to more than 80,000."
    assert when(text, "3,000") == "2019-03-11"
    # "bringing" without a total is no total
    assert when("Rebels on Monday seized 9 trucks bringing food to the town.", "9") == "2019-03-11"
