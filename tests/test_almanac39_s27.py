"""Session 27, almanac39: an almanac column's year stamps (sentences written for these tests, not taken from any
gold text).

- a page whose four-digit line openers include a year no clock shows ("1871: …", "1968: …") is a column of years,
  not a live page of "HHMM:" entries: its entries are body, not update (extract/entrystamps.py);
- a claim of such a column's entry is dated by the entry's year, with the column's day and month when the column is
  of this day ("On this day", "years ago today"), moved on by "Two days later"; else the year alone; a chronology's
  closing paragraph and a force level "at the time" keep theirs (extract/datealmanac.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from extract import extract_claims
from extract.sections import split_sections

_PUB = date(2011, 3, 14)


def _claims(text: str, pub: date | None = _PUB) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(text, published=pub, outlet="The Lakeside Courier")
    return {c.number_text: (c.event_date, c.section) for c in claims}


def _kinds(text: str) -> list[str]:
    return [s.kind for s in split_sections(text) if text[s.start:s.end].strip()]


_TODAY_COLUMN = (
    "Today in history: March 14\n\n"
    "The Lakeside Courier | Monday, March 14, 2011\n\n"
    "1745: A charter was granted to the town's first market.\n\n"
    "1879: The first tram ran along the lake shore.\n\n"
    "1968: Gunmen ambushed a convoy on the mountain road north of the border town and killed 37 soldiers. "
    "Two days later, the army shelled the hill villages; 54 villagers died in the bombardment.\n\n"
    "The garrison there then numbered about 3,000 troops at the time.\n\n"
    "2004: Voters in the capital chose a new mayor.\n"
)

_WEEK_COLUMN = (
    "This week in history\n\n"
    "1712 - A fort was built at the river mouth.\n\n"
    "1857 - Mutineers seized the arsenal at the river fort and killed 45 officers.\n\n"
    "1912 - A liner sailed on her maiden voyage.\n\n"
    "1973 - Rebels attacked the northern outpost, and 16 guards were wounded.\n"
)


def test_column_of_years_is_body_not_update() -> None:
    assert _kinds(_TODAY_COLUMN)[1:] == ["body"]
    assert all(section == "body" for _, section in _claims(_TODAY_COLUMN).values())


def test_week_column_with_dashes_is_body() -> None:
    assert _kinds(_WEEK_COLUMN)[1:] == ["body"]


def test_entry_of_this_day_takes_year_day_and_month() -> None:
    found = _claims(_TODAY_COLUMN)
    assert found["37"] == ("1968-03-14", "body")


def test_days_later_moves_the_entry_day_on() -> None:
    assert _claims(_TODAY_COLUMN)["54"][0] == "1968-03-16"


def test_force_level_at_the_time_stays_undated() -> None:
    assert _claims(_TODAY_COLUMN)["3,000"][0] is None


def test_week_column_entry_takes_its_year() -> None:
    found = _claims(_WEEK_COLUMN)
    assert found["45"][0] == "1857"
    assert found["16"][0] == "1973"


def test_years_ago_today_in_the_entry() -> None:
    text = ("From our files\n\n"
            "1890 - The county bridge opened to carts.\n\n"
            "1986 - Twenty-five years ago today, a bomb in a parked car outside the tax office killed 11 people.\n\n"
            "1999 - The old mill closed.\n")
    assert _claims(text)["11"][0] == "1986-03-14"


# --- negatives: live pages and chronologies keep their reading


def test_live_page_of_clock_stamps_stays_update() -> None:
    text = ("Live: clashes in the port city\n\n"
            "10:32: Medics say 14 people were wounded in the clashes near the docks.\n\n"
            "11:05: Police say 9 protesters were detained at the harbour gate.\n")
    assert _kinds(text)[1:] == ["update", "update"]
    assert all(section == "update" for _, section in _claims(text).values())


def test_live_page_of_four_digit_times_stays_update() -> None:
    text = ("Live: storm over the capital\n\n"
            "0715 - Fire crews say 12 people were hurt by falling trees overnight.\n\n"
            "1130 - Rescuers say 4 people were killed when a wall collapsed.\n\n"
            "1445 - The mayor says 300 people were evacuated from the river bank.\n")
    assert _kinds(text)[1:] == ["update", "update", "update"]


def test_chronology_closing_paragraph_keeps_its_date() -> None:
    text = ("FACTBOX - the valley strike, a chronology\n\n"
            "May 3, 1921 - Miners walk out at the valley pits.\n\n"
            "June 9, 1921 - Company guards fire on a march; 14 miners are killed.\n\n"
            "1930 - A memorial is raised at the pithead.\n\n"
            "1994 - The pits close.\n\n"
            "Estimates of the whole dispute's dead range from 30 to 60.\n")
    found = _claims(text)
    assert found["14"][0] == "1921-06-09"
    assert found["30 to 60"][0] is None


def test_story_with_one_year_line_is_no_column() -> None:
    text = ("Clashes in the north\n\n"
            "Troops killed 12 insurgents near the pass on Saturday, the army said.\n\n"
            "1999: the last time the pass was closed.\n")
    assert _claims(text)["12"][0] == "2011-03-12"


@pytest.mark.parametrize("stamp", ["1983", "1871", "1960", "2099"])
def test_any_impossible_clock_year_marks_the_column(stamp: str) -> None:
    text = f"Almanac\n\n1707: A union was signed.\n\n{stamp}: A fleet sailed.\n\n2001: A player was launched.\n"
    assert "update" not in _kinds(text)


@given(st.lists(st.tuples(st.integers(0, 23), st.integers(0, 59)), min_size=2, max_size=4, unique=True))
@settings(max_examples=40, deadline=None)
def test_clock_openers_never_make_a_column(times: list[tuple[int, int]]) -> None:
    """A page of HHMM openers that are all clock times (none a year no clock shows) is never read as years unless
    all of them could be years, as before (extract/entrystamps.py)."""
    body = "".join(f"{h:02d}{m:02d} - Officials say the road is shut.\n\n" for h, m in times)
    kinds = _kinds("Live: the storm\n\n" + body)
    if any(not 1800 <= h * 100 + m <= 2099 for h, m in times):
        assert kinds[1:] == ["update"] * len(times)


def test_live_page_body_after_clock_entries_keeps_its_date() -> None:
    text = ("Live: storm over the capital\n\n"
            "1130 - Rescuers say a wall collapsed in the old town.\n\n"
            "1420 - The mayor says the river is rising.\n\n"
            "Background - On Saturday the river burst its banks upstream and 6 people were killed.\n")
    assert _claims(text)["6"][0] == "2011-03-12"
