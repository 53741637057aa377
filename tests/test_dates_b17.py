"""Session 7 batch 17 (helper when17) date rules, on sentences written for these tests, with the cases each must not
reach: a tally's opening words (extract/datetallies.py), "since" over a bracketed aside (extract/datespans.py),
"on the night of <date>" as an anchored day (extract/dateexpr.py), "two days later" (extract/datelater.py) and a
speaker's long question that is no heading (extract/dateasides.py)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.dateasides import question_heading
from extract.datelater import days_later, shifted
from extract.dateresolve import EventDate
from extract.datetallies import tally_opening

PUB = date(2011, 3, 18)  # a Friday


def _dates(text: str, pub: date = PUB) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub, outlet="Test Desk")}


# --- a tally's opening words --------------------------------------------------------------------------------------

def test_in_all_opens_totals() -> None:
    assert tally_opening("In all, 45 lorries were burned and 12 seized.")
    assert tally_opening("Altogether 300 homes were razed.")
    assert tally_opening("By the time it ended, the clinic had counted 80 dead.")


def test_in_all_of_a_place_is_no_tally() -> None:
    assert not tally_opening("In all districts of the north 40 schools closed.")
    assert not tally_opening("In all of the villages, 12 wells were poisoned.")
    assert not tally_opening("By the river 4 bodies were found.")


def test_a_tally_after_a_dated_sentence_has_no_date() -> None:
    text = ("On Tuesday rebel gunners shelled the garrison at the edge of the town. In all, 45 tanks have been destroyed "
            "and 12 soldiers killed.")
    got = _dates(text)
    assert got["45"] is None and got["12"] is None


def test_a_plain_sentence_after_a_dated_one_keeps_the_day() -> None:
    text = "On Tuesday rebel gunners shelled the garrison at the edge of the town. Then 45 tanks were destroyed."
    assert _dates(text)["45"] == "2011-03-15"


# --- "since" over a bracketed aside -------------------------------------------------------------------------------

def test_since_an_army_with_its_acronym_began_is_a_period() -> None:
    text = "Since the Northern Defence Force (NDF) began its offensive on Monday, the militia has captured 220 soldiers."
    assert _dates(text)["220"] is None  # a count over the days since: not Monday's


def test_since_a_far_date_in_another_clause_stays_apart() -> None:
    text = "The militia, active since 2009, captured 220 soldiers on Monday."
    assert _dates(text)["220"] == "2011-03-14"


def test_a_bracket_after_the_date_does_not_open_a_period() -> None:
    text = "The militia captured 220 soldiers (NDF) on Monday."
    assert _dates(text)["220"] == "2011-03-14"


# --- "on the night of <date>" -------------------------------------------------------------------------------------

def test_the_night_of_a_date_is_lent_to_the_next_sentence() -> None:
    text = "Gunmen raided the fishing camp on the night of 9 March. They killed 14 fishermen."
    assert _dates(text)["14"] == "2011-03-09"


def test_a_date_without_on_is_not_lent() -> None:
    text = "Gunmen raided the fishing camp in the week of 9 March. They killed 14 fishermen."
    assert _dates(text)["14"] is None


# --- "two days later" ---------------------------------------------------------------------------------------------

def test_days_later_moves_the_day_on() -> None:
    text = "Soldiers took 20 men from the market on 9 March. The bodies of six of them were found three days later."
    assert _dates(text)["six"] == "2011-03-12"


def test_days_later_reads_words_and_digits() -> None:
    assert days_later("They were found two days later.") == 2
    assert days_later("He died the next day.") == 1
    assert days_later("They came back 3 days later.") == 3
    assert days_later("Two weeks later the camp was empty.") == 0
    assert days_later("Fighting went on for two days.") == 0


def test_days_later_in_a_relative_clause_dates_nothing() -> None:
    assert days_later("Our team, which reached the camp two days later, counted 90 graves.") == 0


def test_a_month_cannot_be_moved_by_days() -> None:
    assert shifted(EventDate("2011-03", "month"), 2) is None
    assert shifted(EventDate("2011-02-27", "day"), 2) == EventDate("2011-03-01", "day")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_days_later_never_fails(s: str) -> None:
    assert days_later(s) >= 0


# --- a speaker's question is no heading ---------------------------------------------------------------------------

def test_a_short_question_alone_is_a_heading() -> None:
    text = "Intro.\n\nHow many have fled?\n\nSome 400 people."
    s = text.index("How")
    assert question_heading(text, s, text.index("?") + 1)


def test_a_speakers_long_question_is_no_heading() -> None:
    text = ("Intro.\n\nMr SMITH—Is the minister aware that the rebels say they killed 12 soldiers in an ambush at the "
            "ford on Sunday?\n\nMr JONES—The army says two soldiers died in that ambush.")
    s = text.index("Mr SMITH")
    assert not question_heading(text, s, text.index("?") + 1)
    assert _dates(text)["two"] == "2011-03-13"


# --- a date inside an aside about somebody ------------------------------------------------------------------------

def test_a_date_in_an_aside_does_not_date_the_count_after_it() -> None:
    text = "The Free Brigade, the militia that arrived from the coast in February, says it has 2,500 fighters."
    assert _dates(text)["2,500"] is None


def test_a_date_in_a_which_clause_does_not_date_the_count_after_it() -> None:
    text = "The Union, which was founded in 2009, says soldiers killed 400 civilians."
    assert _dates(text)["400"] is None


def test_a_count_inside_the_aside_keeps_its_date() -> None:
    text = "The raid, which killed 12 villagers on Monday, was condemned."
    assert _dates(text)["12"] == "2011-03-14"


def test_a_fronted_date_before_a_comma_is_no_aside() -> None:
    text = "On Monday, the army said, 40 rebels were killed."
    assert _dates(text)["40"] == "2011-03-14"


# --- a count since a day named by its date ------------------------------------------------------------------------

def test_since_a_date_in_the_published_month_gives_the_month() -> None:
    text = "The Red Crescent has registered 2,100 people who fled the valley since 4 March."
    assert _dates(text)["2,100"] == "2011-03"


def test_since_a_date_of_an_earlier_month_gives_none() -> None:
    text = "The Red Crescent has registered 2,100 people who fled the valley since 24 February."
    assert _dates(text)["2,100"] is None


def test_a_date_after_since_and_a_verb_opens_a_period() -> None:
    text = "Since fighting began on 4 March, 2,100 people have fled the valley."
    assert _dates(text)["2,100"] is None
