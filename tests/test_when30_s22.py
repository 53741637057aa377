"""Session 22, batch 30's event dates (sentences written for these tests, not taken from any gold text)."""

from __future__ import annotations

from datetime import date

from extract import extract_claims


def _dates(text: str, pub: date) -> dict[str, str | None]:
    """number_text -> event_date of each claim (the last one for a repeated number)."""
    return {c.number_text: c.event_date for c in extract_claims(text, published=pub)}


# --- a retrospective (interview, obituary, anniversary piece): the event of its opening goes on to undated counts

_SHOOTING = ("Fifty years on, a town remembers\n\n"
             "On 9 March 1971, police opened fire on marchers crossing the river bridge at Dorvell. "
             "Half a century later the toll is still argued over.\n\n"
             "How many died?\n\n"
             "The inquiry of 1973 put it at 23 dead. A church group put it at about 60. "
             "The police commander said 31 marchers were wounded.\n")


def test_interview_answers_take_the_opening_event_day():
    got = _dates(_SHOOTING, date(2021, 3, 9))
    assert got["60"] == "1971-03-09"
    assert got["31"] == "1971-03-09"


_OBIT = ("Retired nurse who treated the wounded of the siege dies at 90\n\n"
         "Anna Vell, who nursed the wounded through the shelling of June 1992 in the old quarter, died on Friday "
         "at her home.\n\n"
         "She later said she treated 85 wounded people in the first week alone. The army, in files released in "
         "2015, put the force it sent at some 4,000 troops.\n")


def test_obituary_counts_take_the_opening_month():
    got = _dates(_OBIT, date(2024, 6, 10))
    assert got["4,000"] == "1992-06"


def test_a_recent_opening_is_no_retrospective():
    # the same words two weeks after the shelling: a news report, whose later force is not dated by its lead
    assert _dates(_OBIT, date(1992, 6, 20))["4,000"] is None


def test_an_old_ceasefire_opening_is_no_retrospective():
    # a ceasefire's signing is no harm done: the war's totals after it stay undated
    text = ("Twenty years after the ceasefire\n\n"
            "When the two armies signed a ceasefire on May 2, 2003, the country had been at war for ten years.\n\n"
            "The army then had about 45,000 troops, historians say.\n")
    assert _dates(text, date(2023, 5, 2))["45,000"] is None


# --- the year a list was published or a figure given is not the year of its dead

def test_list_published_last_year_gives_no_year():
    got = _dates("The rights group's register, published last year, records 412 villagers killed in the valley.",
                 date(2020, 5, 1))
    assert got["412"] is None


def test_figure_given_by_a_commission_in_a_year_gives_no_year():
    got = _dates("The official toll, given by the Ardent Commission in 1958, was 212 dead.", date(2008, 1, 4))
    assert got["212"] is None


def test_strength_told_in_a_year_keeps_its_year():
    got = _dates("The navy told parliament in 2011 that it kept about 6,000 troops on the islands.",
                 date(2015, 3, 2))
    assert got["6,000"] == "2011"


def test_killed_in_a_year_keeps_its_year():
    got = _dates("Militants killed 35 villagers in the valley last year, the rights group said.", date(2020, 5, 1))
    assert got["35"] == "2019"


def test_retrospective_figure_given_in_a_later_year_is_the_events():
    text = _SHOOTING.replace("The inquiry of 1973 put it at 23 dead.",
                             "The official figure, given by the inquiry in 1973, was 23 dead.")
    assert _dates(text, date(2021, 3, 9))["23"] == "1971-03-09"


# --- a count since an event told as a clause ("since the standoff ... turned violent") is a total, undated

_FUNERAL = "Gunmen stormed a police post in the hills on Thursday. "


def test_killed_since_a_standoff_turned_violent_is_undated():
    got = _dates(_FUNERAL + "He was among the 14 officers killed since the standoff at the mountain camp turned violent.",
                 date(2016, 4, 9))
    assert got["14"] is None


def test_killed_since_the_clashes_escalated_is_undated():
    got = _dates(_FUNERAL + "He was one of 9 officers killed since the clashes in the border villages escalated.",
                 date(2016, 4, 9))
    assert got["9"] is None


def test_killed_in_the_attack_keeps_the_day_before():
    # no "since": the count goes on the day the sentence before names
    got = _dates("Gunmen stormed the police post on Thursday. He was among the 14 officers killed in the attack.",
                 date(2016, 4, 9))
    assert got["14"] == "2016-04-07"


# --- an operation of a few days whose first day is named: its tolls, told later, are of its month

_RAID = ("Minister gives raid toll\n\n"
         "The interior minister told the House of Lords on Tuesday that 19 residents were killed in the police operation in "
         "Harlow Flats, the first toll given since officers entered the estate on {start}.\n\n"
         "He said 7 officers were wounded. Some 600 officers took part in the three-day operation, he said.\n")


def test_three_day_operation_tolls_take_its_month():
    got = _dates(_RAID.format(start="April 11"), date(2019, 4, 25))
    assert got["19"] == "2019-04"
    assert got["7"] == "2019-04"


def test_operation_running_past_the_month_gives_no_month():
    got = _dates(_RAID.format(start="April 29"), date(2019, 5, 9))
    assert got["19"] is None
    assert got["7"] != "2019-04"


def test_told_the_house_of_lords_on_a_day_is_the_telling():
    # without the operation's length: the day the minister told the House dates no toll
    text = _RAID.format(start="April 11").replace("three-day operation", "operation")
    assert _dates(text, date(2019, 4, 25))["19"] is None


# --- a date inside a comparison ("up from 40 on Monday") lends nothing to the sentences after it

def test_compared_figures_day_lends_nothing():
    text = ("The ministry said on Thursday that 95 people had been killed in the riots, up from 40 on Monday. "
            "A church group said it had counted at least 130 bodies at the city morgue.")
    assert _dates(text, date(2011, 8, 12))["130"] is None


def test_event_day_before_a_comparison_still_lends():
    text = ("Rioters burned the market on Monday, and 40 people were killed, up from 12 the day before. "
            "A church group said it had counted at least 30 bodies at the city morgue.")
    assert _dates(text, date(2011, 8, 12))["30"] == "2011-08-08"


def test_first_day_of_the_operation_is_its_day():
    text = _RAID.format(start="April 11") + "Police said 5 residents were killed on the first day.\n"
    assert _dates(text, date(2019, 4, 25))["5"] == "2019-04-11"


def test_first_day_of_something_else_is_not_the_operations():
    text = _RAID.format(start="April 11") + "Police said 5 residents were killed on the first day of the protests.\n"
    assert _dates(text, date(2019, 4, 25))["5"] == "2019-04"
