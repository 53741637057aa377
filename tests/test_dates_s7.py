"""Session 7 (helper when16) date rules, on sentences written for these tests, with the cases each must not reach:
a report's own period named by its length (extract/dateterms.py), a date in another reported statement or a running
total after the number (extract/datehits.py later_clause), two weekdays bounding a span with clock times
(datehits._bounds), a table's rows dated by their heading (extract/datepoints.py), and an elliptic follow-up
(extract/datefollow.py)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.datefollow import follows_on
from extract.dateasides import standing_size
from extract.datehits import later_clause
from extract.datepoints import row_date
from extract.dates import _hits


def _dates(text: str, pub: date) -> dict[str, str | None]:
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub, outlet="Test Desk")}


# --- a report's own period: "in the quarter", "in the week", "the week before" ---------------------------------

def test_in_the_quarter_is_a_period() -> None:
    hits = _hits("Gunmen killed 75 villagers in the quarter, the monitor said.", date(2021, 7, 10))
    assert [(h.kind, h.date) for h in hits] == [("period", None)]


def test_in_the_week_is_the_month_of_the_last_seven_days() -> None:
    got = _dates("Our observers logged 312 attacks on voters in the week, up from 240 the week before.",
                 date(2019, 3, 22))
    assert got["312"] == "2019-03"
    assert got["240"] == "2019-03"


def test_a_week_across_two_months_has_no_date() -> None:
    hits = _hits("Our observers logged 312 attacks in the week.", date(2019, 4, 3))
    assert [h.date for h in hits] == [None]


def test_week_words_anchored_elsewhere_are_not_reached() -> None:
    pub = date(2019, 3, 22)
    for sentence in ("Some 40 people died in the week after the election.",
                     "Some 40 people died in the week of the vote.",
                     "Some 40 people died the week before the referendum."):
        assert all(h.kind not in ("span",) for h in _hits(sentence, pub)), sentence


def test_a_quarterly_total_lends_no_date_to_the_next_sentence() -> None:
    text = ("Troops clashed with rebels near the river on 4 August. "
            "Gunmen abducted 52 people on the highway in the quarter.")
    assert _dates(text, date(2020, 10, 2))["52"] is None


# --- a date in a later statement or a running total ---------------------------------------------------------------

def test_a_dated_second_statement_does_not_date_the_first() -> None:
    s = 'The rebels say they lost "only twelve" fighters and that they shot down a helicopter on 3 May.'
    n_end = s.index("twelve") + len("twelve")
    assert later_clause(s, s.index("on 3 May"), n_end, True)
    assert not later_clause(s, s.index("on 3 May"), n_end, False)  # a period there changes nothing


def test_a_running_totals_period_does_not_date_the_count_before_it() -> None:
    s = "Monitors recorded 31 killings, which brings the total since the 2 April vote to 140."
    n_end = s.index("31") + 2
    assert later_clause(s, s.index("since"), n_end)


def test_a_date_in_the_numbers_own_clause_still_governs() -> None:
    got = _dates("Police said 14 protesters were killed in the square on 3 May, and that the curfew held.",
                 date(2015, 5, 6))
    assert got["14"] == "2015-05-03"


# --- two weekdays bounding a span ----------------------------------------------------------------------------

def test_between_clock_times_on_two_weekdays_is_a_span_of_their_month() -> None:
    hits = _hits("Between 22:00 on Monday and 06:00 on Tuesday, the clinic treated 45 people for burns.",
                 date(2012, 9, 14))
    assert [(h.kind, h.date.value if h.date else None) for h in hits] == [("wdspan", "2012-09"), ("wdspan", "2012-09")]


def test_the_span_lends_its_month_to_the_next_sentence() -> None:
    text = ("Between 22:00 on Monday and 06:00 on Tuesday, shelling wounded 45 people in the town. "
            "The shelling also killed 12 civilians.")
    got = _dates(text, date(2012, 9, 14))
    assert got["45"] == "2012-09"
    assert got["12"] == "2012-09"


def test_two_weekdays_not_bounding_a_span_stay_days() -> None:
    hits = _hits("Shelling on Monday and a raid on Tuesday killed 9 people.", date(2012, 9, 14))
    assert [h.kind for h in hits] == ["weekday", "weekday"]


# --- table rows under a dated heading ------------------------------------------------------------------------------

_TABLE = ("Bulletin of the Hill Districts Observatory\n\n"
          "ATTACKS BY KIND (this week; previous week in brackets)\n\n"
          "Arson: 17 (9)\n"
          "Kidnapping: 44 (30)\n\n"
          "The observatory counts only incidents seen by two monitors.\n")


def test_rows_take_their_headings_date() -> None:
    pub = date(2016, 11, 25)
    start = _TABLE.index("Arson")
    end = _TABLE.index("\n", start)
    assert row_date(_TABLE, start, end, start + 7, pub, _hits)[1].value == "2016-11"
    assert row_date(_TABLE, start, end, start + 11, pub, _hits)[1].value == "2016-11"  # "(9)": the previous week


def test_bracketed_figure_takes_the_bracketed_period() -> None:
    pub = date(2016, 12, 2)  # this week in December, the previous week in November
    start = _TABLE.index("Arson")
    end = _TABLE.index("\n", start)
    assert row_date(_TABLE, start, end, start + 7, pub, _hits)[1].value == "2016-11"  # this week: Nov 28 - Dec 2
    assert row_date(_TABLE, start, end, start + 11, pub, _hits)[1].value == "2016-11"


def test_rows_under_standing_totals_as_of_a_day_have_no_date() -> None:
    text = "KEY NUMBERS (as of 3 March; last week in brackets)\n\nRefugees in camps: 58,000 (51,000)\n"
    start = text.index("Refugees")
    assert row_date(text, start, len(text) - 1, start + 20, date(2014, 3, 6), _hits) == (True, None)


def test_a_clock_time_is_no_row() -> None:
    text = "May 6, 2023 at 6:55 pm\nOfficials said 54 at 6:40.\n"
    start = text.index("Officials")
    assert row_date(text, start, len(text) - 1, start + 15, date(2023, 5, 6), _hits) == (False, None)


def test_a_row_under_an_undated_heading_is_left_alone() -> None:
    text = "CASUALTIES BY DISTRICT\n\nNorth: 12 (4)\n"
    start = text.index("North")
    assert row_date(text, start, len(text) - 1, start + 7, date(2014, 3, 6), _hits) == (False, None)


# --- elliptic follow-ups -------------------------------------------------------------------------------------------

def test_another_n_continues_the_count_before_it() -> None:
    text = ("The Red Crescent says 40 people have died in the port since Tuesday. "
            "Another 130 have been treated for burns.")
    got = _dates(text, date(2009, 8, 14))  # a Friday: since Tuesday is 11-14 August
    assert got["40"] == "2009-08"
    assert got["130"] == "2009-08"


def test_a_follow_up_takes_no_month_of_background() -> None:
    text = ("The unrest began in March 2011 and has never ended. "
            "It has killed 8,000 people. Another 30,000 have been displaced.")
    assert _dates(text, date(2013, 6, 1))["30,000"] is None


def test_follows_on_needs_a_number_after_another() -> None:
    assert follows_on("Another 250 were wounded.")
    assert follows_on("A further twelve died in hospital.")
    assert not follows_on("Another car bomb killed 12 people.")
    assert not follows_on("Officials counted 250 more.")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_follows_on_never_raises(text: str) -> None:
    assert follows_on(text) in (True, False)


# --- what a place has to work with is a state ------------------------------------------------------------------

def test_what_a_hospital_has_takes_no_date_from_before() -> None:
    text = ("Shelling hit the ward on Tuesday and wounded 9 patients. "
            "The clinic has 80 beds and 15 doctors.")
    assert standing_size(text, text.index("80"), text.index("80") + 2)
    assert standing_size(text, text.index("15"), text.index("15") + 2)


def test_what_was_done_is_no_standing_size() -> None:
    for text in ("The raid has killed 80 people and 15 doctors fled.", "Rebels have shot 80 doctors."):
        n = text.index("80")
        assert not standing_size(text, n, n + 2), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["in", "the", "quarter", "week", "before", "previous", "of", "after", "During",
                                 "killed", "12", ",", ".", " ", "QUARTER", "Week", "earlier"]), max_size=12),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_period_terms_lie_inside_the_sentence(words: list[str], pub: date) -> None:
    sentence = " ".join(words)
    for h in _hits(sentence, pub):
        assert 0 <= h.start < h.end <= len(sentence)
        assert h.date is None or h.date.value[:4].isdigit()
