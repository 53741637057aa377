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


def test_the_day_of_a_sentence_is_no_day_of_the_massacre():
    text = ("A federal judge on Thursday sentenced 24 men to 36 years in prison for the massacre of 45 villagers at a "
            "chapel in December 1997.")
    assert _dates(text)["45"] == "1997-12"


def test_a_day_of_killing_before_a_court_word_still_dates_it():
    text = "Gunmen on Thursday killed 45 villagers who had testified at the trial that convicted their leader."
    assert _dates(text)["45"] == "2024-02-15"
