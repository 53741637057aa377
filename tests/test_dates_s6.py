"""Session 6 date rules (extract/datehits.py, extract/entryscope.py, the month words of extract/dateexpr.py):
a weekday apposed to its date, "now counts", "now deployed", two dates bounding a period, "since" before a word
that only starts like a month, and a live blog's bare time stamps. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.entryscope import in_stamped_entry
from extract.dates import _hits
from test_dates import PUB, when  # published Thursday 14 March 2019 (test_dates.PUB)


# --- a weekday apposed to an explicit date is that date --------------------------------------------------------


def test_a_weekday_with_its_date_after_it_is_that_date() -> None:
    # 6 March 2019 was a Wednesday; counted back from Thursday 14 March, "Wednesday" alone would be the 13th
    assert when("A mortar killed 5 herders on Wednesday, March 6, near the well.", "5") == "2019-03-06"
    assert when("The driver died on Wednesday morning, March 6, when 3 shells hit the depot.", "3") == "2019-03-06"


def test_the_next_sentence_inherits_the_apposed_date() -> None:
    text = ("The guard was shot on Wednesday evening, March 6, at the gate. "
            "His colleague said 4 more guards were hurt.")
    assert when(text, "4") == "2019-03-06"


def test_a_weekday_and_a_date_in_separate_clauses_stay_apart() -> None:
    # the date is not apposed to the weekday: each keeps its own reading
    hits = _hits("On Tuesday the council buried 9 villagers killed on March 2.", PUB)
    assert [(h.kind, h.date.value) for h in hits] == [("weekday", "2019-03-12"), ("explicit", "2019-03-02")]


# --- "now" of counting, "now" of a standing force ---------------------------------------------------------------


def test_now_counts_yields_to_the_events_own_date() -> None:
    text = "The ministry now counts 27 soldiers killed in last week's ambush on the convoy."
    assert when(text, "27") == "2019-03"


def test_now_alone_still_dates_to_publication() -> None:
    assert when("The agency now says 27 soldiers were killed.", "27") == "2019-03-14"
    assert when("Some 670 families are now displaced.", "670") == "2019-03-14"


def test_a_force_now_deployed_has_no_event_date() -> None:
    assert when("He said 9,000 troops were now deployed along the river.", "9,000") is None
    assert when("About 400 police are now stationed in the valley.", "400") is None


# --- two dates bounding a period --------------------------------------------------------------------------------


def test_two_dates_across_months_bound_a_period_without_date() -> None:
    text = "The army says 310 insurgents were killed between January 20 and February 18, and 41 of its men."
    assert when(text, "310") is None
    assert when(text, "41") is None


def test_two_dates_within_one_month_give_the_month() -> None:
    assert when("From March 2 to March 9, 64 homes were shelled.", "64") == "2019-03"


def test_a_date_after_and_that_bounds_nothing_keeps_its_day() -> None:
    # "and" joins two events, not the ends of a period ("between" or "from" must open it)
    text = "Raids on March 2 and March 9 killed 12 people."
    assert when(text, "12") in ("2019-03-02", "2019-03-09")


# --- "since" before a word that starts like a month -------------------------------------------------------------


@pytest.mark.parametrize("word", ["martial law was declared", "the mayor fled", "the junta took over",
                                  "the decade began", "the augmented force arrived"])
def test_since_a_word_that_starts_like_a_month_opens_the_period_of_the_next_date(word: str) -> None:
    # "since martial law ..." is no "since March": the date after it opens the period, which has no date
    text = f"Since {word} on March 2, 85 people have been killed."
    assert when(text, "85") is None


def test_since_a_real_month_is_still_a_period() -> None:
    assert when("Since March, 85 people have been killed.", "85") is None
    assert when("Since Jan. 85 people have been killed.", "85") is None


# --- a live blog's bare time stamps ----------------------------------------------------------------------------


_BLOG = ("Live: floods and fighting in the valley\n\n"
         "21:05 - The provincial governor says the dam is holding. A militia commander told us that 7 pickups "
         "had been seen on the ridge.\n\n"
         "18:30 GMT - Medics: the dead now number 16.\n\n"
         "Background - The valley has been contested for years. Rebels claim 3,000 fighters.\n")


def test_an_undated_sentence_of_a_stamped_entry_is_of_the_published_day() -> None:
    assert when(_BLOG, "7") == "2019-03-14"


def test_the_background_paragraph_of_a_live_blog_gets_no_date() -> None:
    assert when(_BLOG, "3,000") is None


def test_a_briefs_dateline_and_time_gives_no_date() -> None:
    text = "Briefs\n\nHARBOURTOWN, 1130 - The minister said 1,200 extra troops would be sent.\n"
    assert when(text, "1,200") is None


def test_in_stamped_entry_needs_the_stamp_at_the_paragraph_start() -> None:
    text = "The shelling stopped at 19:40 - witnesses said 12 had died.\n\n07.15 am - Calm returned. 3 shops opened."
    assert not in_stamped_entry(text, text.index("12"))
    assert in_stamped_entry(text, text.index("3 shops"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789:.- \nABCDabcd", max_size=40), st.integers(min_value=0, max_value=40))
def test_in_stamped_entry_never_fails_on_any_text(text: str, pos: int) -> None:
    assert in_stamped_entry(text, min(pos, len(text))) in (True, False)


def test_a_stamped_entry_on_another_day_keeps_its_own_date() -> None:
    text = "10:15 - Officials said 14 people were killed on Tuesday in the market.\n"
    assert when(text, "14", published=date(2019, 3, 14)) == "2019-03-12"


# --- "has since", "now stands", a date in a later clause after a semicolon -------------------------------------


def test_has_since_is_after_the_day_before_not_on_it() -> None:
    text = "Two monks were shot dead on March 2. Police have since detained 6 suspects."
    assert when(text, "6") is None


def test_since_as_a_preposition_still_opens_a_span() -> None:
    assert when("Police have detained 6 suspects since Monday.", "6") == "2019-03"


def test_a_toll_since_a_day_that_now_stands_is_the_span() -> None:
    assert when("The toll since Monday now stands at 23, medics said.", "23") == "2019-03"
    assert when("The toll now stands at 23, medics said.", "23") == "2019-03-14"


def test_a_date_after_a_semicolon_dates_only_its_own_clause() -> None:
    text = "Aid groups say 8,000 people fled the district; by March 10, 2,500 were in camps."
    assert when(text, "8,000") is None
    assert when(text, "2,500") == "2019-03-10"


def test_a_date_before_the_semicolon_still_dates_the_number_after_it() -> None:
    text = "On Tuesday the dam burst; 40 homes were swept away."
    assert when(text, "40") == "2019-03-12"
