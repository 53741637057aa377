"""extract/entrystamps.py: a time zone after a stamp is a zone's name as written (case-sensitive), so a timeline
line with a place after its year stays a year (sentences of our own)."""

from __future__ import annotations

from extract.entrystamps import entry_lead
from extract.sections import split_sections


def kinds(text: str) -> list[str]:
    return [s.kind for s in split_sections(text)]


def test_a_timeline_of_years_with_a_country_after_each_year_is_no_live_page():
    page = ("How The Conflict Unfolded\n\n1990 Kuwait - Iraqi forces invade and hundreds are killed.\n\n"
            "2003 Iraq - US and British troops invade; 7,000 civilians die in the first weeks.\n\n"
            "2011 Iraq - The last American troops leave.\n")
    assert "update" not in kinds(page)


def test_stamps_with_a_named_zone_are_entries():
    page = ("Live Page\n\n2130 GMT - Police say 3 were killed.\n\n1945 GMT - Police say 5 were killed.\n")
    assert kinds(page) == ["headline", "update", "update"]


def test_a_lower_case_word_after_four_digits_is_no_zone():
    page = ("Live Page\n\n2130 gmt - Police say 3 were killed.\n\n1945 gmt - Police say 5 were killed.\n")
    assert "update" not in kinds(page)


def test_the_lead_of_a_stamp_with_a_zone_and_not_of_a_year_and_a_place():
    assert entry_lead("2130 GMT - Police say 3 were killed.") == len("2130 GMT - ")
    assert entry_lead("7.15 PM - Police say 3 were killed.") == len("7.15 PM - ")
    assert entry_lead("2003 Iraq - US troops invade.") == 0
