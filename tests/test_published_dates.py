"""Published dates from metadata and tables: explicit formats are read, relative or ambiguous ones are not."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warehouse.decode import parse_published

DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2025, 12, 31))


@pytest.mark.parametrize("text", [
    "May 6, 2014", "6 May 2014", "6th May 2014", "the 6th of May, 2014", "2014/05/06",
    "2014-05-06", "2014-05-06T10:00:00Z", "2014-05-06 10:00:00", "2014-05-06T23:30:00-05:00",
    "Tue, 06 May 2014 10:00:00 GMT", "Tue, 06 May 2014 23:00:00 -0500", "Tuesday 6 May 2014",
    "May 6 2014 10:00 AM", "6 May 2014 10:00",
])
def test_explicit_dates_are_read(text: str) -> None:
    assert parse_published(text) == (date(2014, 5, 6), None)


@pytest.mark.parametrize("text, day", [
    ("31/12/2016", date(2016, 12, 31)),  # a day over 12 decides the order: day first
    ("12/31/2016", date(2016, 12, 31)),  # ... or month first
    ("13.05.2014", date(2014, 5, 13)),
    ("07/07/2015", date(2015, 7, 7)),  # both orders give the same day
    ("13-05-2014 10:00", date(2014, 5, 13)),
])
def test_numeric_dates_whose_order_is_certain_are_read(text: str, day: date) -> None:
    assert parse_published(text) == (day, None)


@pytest.mark.parametrize("text", ["05/06/2014", "1.2.2015", "06-05-2014 10:00"])
def test_day_month_ambiguity_is_rejected_with_a_warning(text: str) -> None:
    found, warning = parse_published(text)
    assert found is None and "ambiguous" in warning and "stored NULL" in warning


@pytest.mark.parametrize("text", [
    "yesterday", "Tuesday", "last Tuesday", "2 days ago", "next week", "today", "May 2014", "2014",
    "6 May 14", "6 5 2014", "31/02/2016", "1399372800", "yesterday, May 2014", "Tuesday 2014", "soon",
])
def test_relative_partial_or_impossible_dates_are_rejected(text: str) -> None:
    found, warning = parse_published(text)
    assert found is None and warning == f"published {text!r} is not a date (expected YYYY-MM-DD): stored NULL"


def test_dates_outside_the_plausible_range_are_rejected() -> None:
    assert parse_published("6 May 1850")[0] is None
    assert "out of range" in parse_published("6 May 2999")[1]


@settings(max_examples=60, deadline=None)
@given(DAYS, st.sampled_from(["%d %B %Y", "%B %d, %Y", "%b %d %Y", "%Y/%m/%d", "%A, %d %B %Y", "rfc2822"]))
def test_explicit_formats_round_trip(day: date, fmt: str) -> None:
    if fmt == "rfc2822":
        text = format_datetime(datetime(day.year, day.month, day.day, 10, 30, tzinfo=timezone.utc))
    else:
        text = day.strftime(fmt)
    assert parse_published(text) == (day, None), text


@settings(max_examples=60, deadline=None)
@given(DAYS)
def test_numeric_day_month_is_read_only_when_certain(day: date) -> None:
    found, warning = parse_published(day.strftime("%d/%m/%Y"))
    if day.day > 12 or day.day == day.month:
        assert found == day
    else:
        assert found is None and "ambiguous" in warning


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=60), st.from_regex(r"[A-Za-z]{3,9},? \d{1,2},? \d{4}( \d\d:\d\d)?", fullmatch=True),
                 st.integers(), st.floats(), st.none(), st.booleans(), st.lists(st.integers(), max_size=3)))
def test_parse_published_never_raises(value: object) -> None:
    found, warning = parse_published(value)
    assert found is None or 1900 <= found.year <= date.today().year + 1
    assert (found is None) != (warning is None) or (found is None and warning is None and
                                                   (value is None or str(value).strip() == ""))
