"""Session 21, batch 29's dates (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims

_AMBUSH = ("At least 40 killed in ambush\n\n"
           "Police say at least 40 men were shot dead in an ambush near Kaya on Sunday.\n\n")


def _dates(text: str) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=date(2024, 2, 19), outlet="Wire")}


def test_the_day_a_toll_was_revised_is_no_day_of_its_dead():
    got = _dates(_AMBUSH + "The toll was revised up from 31 on Monday afternoon after police recovered more bodies.")
    assert got["31"] == "2024-02-18"


def test_a_day_the_dead_were_killed_still_dates_them():
    got = _dates(_AMBUSH + "Another 31 were killed on Monday afternoon in a second ambush.")
    assert got["31"] == "2024-02-19"
