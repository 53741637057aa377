"""Session 10, batch 20's language of when and where, on sentences written for these tests (not the batch's): a day
a beginning names against the later turn the counts follow ("began on 3 May and turned violent on 7 May ... that
day"), a relative clause's date ("the clinic, which opened on Monday") lent to no count, a time of day before a
date ("early March 3") dating an event as "on" does, a sum of money's year (a budget's, no event date), and the
seat of a speaking body taken for the place of what it counts ("the administration in X says", "the republic's
representative in X gave", "the X general staff's figure")."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claim_probe import ClaimProbe
from extract.dateresolve import EventDate
from extract.datefunds import budget_year
from extract.datelends import lent_hits
from extract.dates import _hits

PROBE = ClaimProbe(date(2021, 5, 20), "Valley Courier")
PUB = date(2021, 5, 20)


def _date_of(text: str, number: str) -> str | None:
    return PROBE.one(text, number).event_date


def _place_of(text: str, number: str) -> str | None:
    return PROBE.one(text, number).location


# --- a beginning and its later turn (extract/datelends.py) ---------------------------------------------------------

def test_counts_after_a_beginning_and_a_turn_take_the_turns_day():
    text = ("Riots began in Osh on 11 May and spread to Jalal-Abad on 14 May. Police said 45 people were killed in "
            "Jalal-Abad that day. Rioters burned 80 shops, according to the local council.")
    assert _date_of(text, "45") == "2021-05-14"
    assert _date_of(text, "80") == "2021-05-14"


def test_a_beginning_alone_still_lends_its_day():
    text = "Shelling of Kharkiv started on 11 May. The mayor said 12 people were killed."
    assert _date_of(text, "12") == "2021-05-11"


def test_two_days_without_a_beginning_keep_the_first():
    text = ("Troops entered Osh on 11 May and left it on 14 May. Police said 45 people were killed in Osh.")
    assert _date_of(text, "45") == "2021-05-11"


def test_the_beginning_rule_reads_the_verb_before_the_date_only():
    sentence = "The siege began on 3 May and the town fell on 9 May."
    hits = _hits(sentence, PUB)
    assert [h.date.value for h in lent_hits(sentence, hits)] == ["2021-05-09"]
    other = "The town fell on 3 May and the siege ended on 9 May."
    assert [h.date.value for h in lent_hits(other, _hits(other, PUB))] == ["2021-05-03", "2021-05-09"]


# --- a relative clause's date --------------------------------------------------------------------------------------

def test_a_relative_clauses_date_is_lent_to_no_count():
    text = ("Another 70 are being treated at the field hospital in Bor, which opened on Monday. Local sources speak "
            "of hundreds of dead in Bor.")
    assert _date_of(text, "hundreds") is None


def test_a_date_outside_a_relative_clause_is_still_lent():
    text = "The field hospital in Bor was shelled on Monday. Local officials said 14 people were killed in Bor."
    assert _date_of(text, "14") == "2021-05-17"


# --- a time of day before a date -----------------------------------------------------------------------------------

def test_a_time_of_day_before_a_date_dates_the_event_for_the_next_sentence():
    text = ("Marines stormed the radio station in Bor early May 13, the ministry says. The army acknowledges two "
            "dead, both officers.")
    assert _date_of(text, "two") == "2021-05-13"


def test_a_bare_date_without_on_or_a_time_of_day_lends_nothing():
    text = ("The report, dated May 13, covers the north. The army acknowledges two dead, both officers.")
    assert _date_of(text, "two") is None


# --- a sum of money's year (extract/datefunds.py) ------------------------------------------------------------------

def test_a_sum_given_in_a_year_has_no_event_date():
    text = "Fighting went on in the north. Donors gave $3.5 million to the mine clearance programme in 2019."
    assert _date_of(text, "$3.5 million") is None


def test_a_sum_that_arrived_on_a_day_keeps_the_day():
    text = "Fighting went on in the north. A further $2 million in emergency aid arrived on Monday."
    assert _date_of(text, "$2 million") == "2021-05-17"


def test_a_count_keeps_its_year():
    text = "The survey recorded 41 mine accidents in 2019, in which 12 people were killed."
    assert _date_of(text, "12") == "2019"


@settings(max_examples=40)
@given(st.sampled_from(["usd", "eur", "gbp", "syp", "count", "percent", "ratio", "tons"]),
       st.sampled_from(["day", "week", "month", "year"]),
       st.sampled_from(["Donors pledged it", "a shortfall remains", "the UN appeal", "the government paid it",
                        "rebels bought it", ""]))
def test_budget_year_drops_only_a_budgets_year(unit, precision, clause):
    when = EventDate("2019" if precision == "year" else "2019-05", precision)
    got = budget_year(unit, when, clause)
    money = unit not in ("count", "percent", "ratio", "tons")
    budget = any(w in clause for w in ("pledged", "shortfall", "appeal"))
    assert (got is None) == (money and precision == "year" and budget)
    assert budget_year(unit, None, clause) is None


# --- the seat of a speaking body (extract/placeseat.py) ------------------------------------------------------------

def test_an_administrations_seat_is_not_the_place_of_its_count():
    text = "The exile administration in Dharamsala says that at least 60 people have been killed across the plateau."
    assert _place_of(text, "60") != "Dharamsala"


def test_a_representatives_seat_is_not_the_place_of_the_figures_he_gave():
    text = ("The republic's representative in Moscow gave reporters the health ministry's figures this morning: "
            "13 civilians killed at the television tower.")
    assert _place_of(text, "13") != "Moscow"


def test_a_town_naming_a_general_staff_with_a_figure_is_its_seat():
    text = "The war went on for three years. The Asuncion general staff's own figure of 9,000 dead is too low."
    assert _place_of(text, "9,000") is None


def test_a_building_of_a_government_in_a_town_is_still_a_place():
    text = "Three rockets hit the Kabul government compound, and 4 guards were killed."
    assert _place_of(text, "4") == "Kabul"


def test_an_administration_building_shelled_is_the_place():
    text = "The administration building in Kargil was shelled overnight, and 6 clerks were killed."
    assert _place_of(text, "6") == "Kargil"


# --- places kept to their own clause (extract/placekept.py) --------------------------------------------------------

_MORGUE = ("Shelling went on in Marea overnight. Residents say dozens of their neighbours were killed in the shelling; "
           "volunteers told us they had carried 31 bodies to the hospital morgue in Azaz. A shopkeeper said he saw "
           "nine dead in his street.")


def test_the_town_bodies_were_carried_to_is_the_place_of_its_own_count_only():
    assert _place_of(_MORGUE, "31") == "Azaz"
    assert _place_of(_MORGUE, "dozens") != "Azaz"  # (the morgue's town, before this rule)
    assert _place_of(_MORGUE, "nine") != "Azaz"


def test_a_place_the_killing_happened_in_is_still_lent_to_the_next_sentence():
    text = ("Shelling hit the hospital in Azaz overnight, killing 31 people. A shopkeeper said he saw nine dead in his "
            "street.")
    assert _place_of(text, "nine") == "Azaz"


def test_a_part_set_against_a_whole_keeps_its_place():
    text = ("The health ministry has registered 300 deaths from mines, a figure the teams consider too low: in "
            "Kunduz alone they found 25 deaths missing from the register.")
    assert _place_of(text, "25") == "Kunduz"
    assert _place_of(text, "300") != "Kunduz"


def test_a_town_without_alone_is_still_the_other_clauses_place():
    text = "Mortars hit the market in Kunduz, and 25 people were killed; 40 were wounded."
    assert _place_of(text, "40") == "Kunduz"


def test_wounded_carried_to_a_town_in_the_same_statement_are_placed_there():
    text = ("Fighting went on around Marea. Doctors said that at least 22 wounded people, most of them hit by "
            "shrapnel, were brought to Azaz's main hospital this morning.")
    assert _place_of(text, "22") == "Azaz"


# --- non-ASCII digits name no date (extract/datedigits.py) ---------------------------------------------------------

def test_arabic_indic_digits_are_no_day_of_a_date():
    assert _hits("Shelling on ٣ May killed 5 people.", PUB) == ()
    assert _hits("The attack of ۱۲ May killed 5 people.", PUB) == ()


def test_ascii_digits_beside_them_still_date():
    hits = _hits("Under a placard reading ٣, the army said 5 were killed on 4 May.", PUB)
    assert [h.date.value for h in hits if h.date is not None] == ["2021-05-04"]
    assert [h.date.value for h in _hits("Shelling on 3 May killed 5 people.", PUB)] == ["2021-05-03"]


@settings(max_examples=40)
@given(st.sampled_from("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९"), st.sampled_from(["May", "June", "March"]))
def test_no_date_holds_a_foreign_digit(digit, month):
    sentence = f"Fighting on {digit} {month} and on 2{digit} {month} killed 5 people."
    assert all(h.date is None or h.date.value.isascii() for h in _hits(sentence, PUB))
    assert all(not any(c.isdigit() and not c.isascii() for c in sentence[h.start : h.end])
               for h in _hits(sentence, PUB))


def test_a_broadcasters_town_is_not_the_place_of_what_it_said():
    assert _place_of("Baghdad radio said 40 Iranian soldiers were killed.", "40") is None
    text = "Fighting went on at the front. Moscow press: Izvestiya carried a report that 94 people were detained."
    assert _place_of(text, "94") is None


def test_a_station_attacked_in_a_town_is_still_the_place():
    assert _place_of("A car bomb outside the Kabul television station killed 6 guards.", "6") == "Kabul"
