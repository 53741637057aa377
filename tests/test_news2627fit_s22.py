"""Session 22, general news 26 and 27's number forms and peace rows (sentences written for these tests, not taken
from the news files or any gold text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities


def _q(text: str) -> list[tuple[str, str, str, str | None]]:
    """(surface, kind, unit, qualifier) of every quantity found in `text`."""
    return [(q.surface, q.kind, q.unit, q.qualifier) for q in find_quantities(text)]


def _one(text: str, surface: str):
    got = [q for q in find_quantities(text) if q.surface == surface]
    assert len(got) == 1, (surface, _q(text))
    return got[0]


# --- "under" before a span of time is a ceiling ("over" before one stays a span)


def test_took_under_hours_is_at_most():
    q = _one("The repair crew took under six hours to reopen the line.", "six")
    assert (q.kind, q.unit, q.qualifier, q.low, q.high) == ("duration", "hour", "at_most", None, 6.0)


def test_finished_under_minutes_is_at_most():
    q = _one("She finished the climb under 40 minutes, a club record.", "40")
    assert (q.qualifier, q.high) == ("at_most", 40.0)


def test_over_weeks_stays_a_span():
    q = _one("The storms flooded 300 homes over three weeks.", "three")
    assert (q.kind, q.qualifier) == ("duration", "exact")


# --- a market's price passing a sum is a floor


def test_shares_passed_a_sum_is_at_least():
    q = _one("The chipmaker's shares passed $640 on Friday.", "$640")
    assert (q.qualifier, q.low, q.high) == ("at_least", 640.0, None)


def test_stock_crossed_a_sum_is_at_least():
    assert _one("By noon the stock had crossed €90.", "€90").qualifier == "at_least"


def test_passed_money_to_someone_stays_exact():
    assert _one("The buyer passed $50 to the clerk.", "$50").qualifier == "exact"


def test_shares_passing_owners_is_no_bound():
    assert _one("Her shares passed 3 owners before the sale.", "3").qualifier == "exact"


# --- a score told by what it decided or where a side stood


def test_score_on_aggregate():
    assert ("4-1", "score", "score", "exact") in _q("The holders went through 4-1 on aggregate in Munich.")


def test_score_on_penalties_without_a_verb_of_winning():
    assert _one("The shootout went to 4-3 on penalties.", "4-3").kind == "score"


def test_score_a_side_was_down():
    got = _q("Celtic came back from 3-1 down to draw.")
    assert ("3-1", "score", "score", "exact") in got and len(got) == 1


def test_score_a_side_was_up():
    assert _one("They were 2-0 up at the interval.", "2-0").kind == "score"


def test_range_before_down_is_no_score():
    assert _one("Shares were 2-5 down on the week.", "2-5").kind != "score"


# --- ages in commas: a possessive's "age", and "at N," before the youngest or oldest


def test_his_age_in_commas_is_an_age():
    q = _one("The judge spared him jail, noting her age, 84, and her frailty.", "84")
    assert (q.kind, q.unit) == ("age", "year")


def test_age_without_a_possessive_is_no_age():
    assert _one("Finds from the Bronze Age, 40 pots among them, went on show.", "40").kind == "number"


def test_at_n_then_the_youngest_is_an_age():
    assert _one("The striker, at 17, is the youngest scorer in the club's history.", "17").kind == "age"


def test_at_n_then_was_the_oldest_is_an_age():
    assert _one("He finished the race and, at 64, was the oldest finisher.", "64").kind == "age"


def test_at_n_then_the_lowest_is_no_age():
    assert _one("The rate, at 12, is the lowest in a decade.", "12").kind == "number"


# --- laws cited: "section N" a name, "the YEAR Act" a year; a span of years past a century


def test_lower_case_section_is_a_name():
    assert _one("He was charged under section 47 of the Act.", "47").kind == "name"


def test_section_before_a_unit_stays_a_length():
    q = _one("A section 40 metres long collapsed into the river.", "40")
    assert (q.kind, q.unit) == ("distance", "metre")


def test_year_before_a_capitalised_act_is_a_year():
    assert _one("Ministers want to amend the 1998 Act before spring.", "1998").kind == "year"


def test_older_year_before_a_convention_is_a_year():
    assert _one("The 1864 Convention protected the wounded.", "1864").kind == "year"


def test_count_before_plural_acts_is_no_year():
    assert _one("Parliament has passed the 1200 Acts listed here.", "1200").kind == "number"


def test_span_of_years_past_a_century():
    got = _q("The dynasty ruled from 1368 to 1521, and its tombs hold 300 statues.")
    assert [(s, k) for s, k, _u, _q2 in got] == [("1368", "year"), ("1521", "year"), ("300", "number")]


# --- ratios written as one hyphenated word


def test_hyphenated_one_in_n_is_a_ratio():
    q = _one("Smokers run a 1-in-4 risk of the disease.", "1-in-4")
    assert (q.kind, q.unit, q.value) == ("number", "ratio", 0.25)


def test_one_in_a_hundred_year_flood_is_a_ratio():
    q = _one("Engineers called it a 1-in-200-year storm.", "1-in-200")
    assert (q.unit, q.value) == ("ratio", 0.005)


def test_so_many_for_so_many_is_a_ratio():
    q = _one("The brewer announced a 5-for-1 share split.", "5-for-1")
    assert (q.unit, q.value) == ("ratio", 5.0)


def test_hyphenated_for_with_the_smaller_first_is_no_ratio():
    assert all(q.unit != "ratio" for q in find_quantities("The spinner took 3-for-41 on the last day."))


def test_two_in_one_is_no_ratio():
    assert all(q.unit != "ratio" for q in find_quantities("The shop sells a 2-in-1 laptop."))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 50), st.integers(1, 999))
def test_any_hyphenated_one_in_n_is_its_ratio(a, b):
    got = [q for q in find_quantities(f"Forecasters give it a {a}-in-{b} chance.") if q.unit == "ratio"]
    if a <= b:
        assert [(q.surface, round(q.value, 9)) for q in got] == [(f"{a}-in-{b}", round(a / b, 9))]
    else:
        assert got == []


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 50), st.integers(1, 50))
def test_any_so_many_for_so_many_is_its_ratio_or_none(a, b):
    got = [q for q in find_quantities(f"The firm approved a {a}-for-{b} split.") if q.unit == "ratio"]
    assert [(q.surface, q.value) for q in got] == ([(f"{a}-for-{b}", a / b)] if b <= a else [])


# --- "parts per million" in words, and a rate's base after "per" no number


def test_parts_per_million_in_words_is_one_measurement():
    assert _q("Ozone peaked at 88 parts per billion.") == [("88", "measurement", "part per billion", "exact")]


def test_per_million_after_a_noun_is_no_number():
    assert [q.surface for q in find_quantities("The region saw 14 deaths per million people.")] == ["14"]


def test_per_thousand_after_a_number_stays_a_rate():
    q = _one("Infant deaths fell to 4 per thousand births.", "4 per thousand")
    assert q.unit == "ratio"


# --- "A out of B" with a part of a thousand or more: two counts, not a proportion


def test_thousands_out_of_millions_are_two_counts():
    got = _q("She won by 61,500 out of 4.2 million votes cast.")
    assert [(s, u) for s, _k, u, _q2 in got] == [("61,500", "count"), ("4.2 million", "count")]


def test_few_out_of_ten_stays_a_proportion():
    assert _one("Eight out of ten owners said so.", "Eight out of ten").unit == "ratio"


def test_one_in_millions_stays_odds():
    assert _one("The odds are 1 in 14 million.", "1 in 14 million").unit == "ratio"


# --- a lettered code's dash-joined digit groups are one name


def test_lettered_code_with_two_groups_is_one_name():
    assert _q("File AB-2024-0815 was closed at noon.") == [("2024-0815", "name", "name", "exact")]


def test_lettered_code_leaves_no_clock_time():
    assert all(q.kind != "time" for q in find_quantities("Appeal XR-2023-0930 is listed for hearing."))


def test_lettered_name_with_one_group_stays_short():
    assert [q.surface for q in find_quantities("The Su-35 jets, 12 of them, landed.")] == ["35", "12"]


# --- "zero" in a term is no count


def test_absolute_zero_is_no_count():
    assert [q.surface for q in find_quantities("Absolute zero cannot be reached, the physicist said.")] == []


def test_ground_zero_is_no_count():
    assert [q.surface for q in find_quantities("Crews worked at ground zero for 9 months.")] == ["9"]


def test_zero_of_a_noun_stays_a_count():
    assert _q("The plant reported zero injuries last year.") == [("zero", "number", "count", "exact")]


# --- forces of peace: a parade's list, a gun salute, a defence review's budget and troop numbers


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.number_text, c.measure) for c in extract_claims(text)]


def test_parade_list_taking_part_gives_no_claim():
    assert _claims("Some 600 soldiers and 30 tanks took part in the parade in the capital.") == []


def test_took_part_in_an_assault_is_forces_not_seized():
    got = _claims("Rebels said 3,000 fighters and 40 tanks took part in the assault on the town, where 12 civilians "
                  "were killed.")
    assert ("40", "forces") in got and ("40", "seized") not in got


def test_took_armoured_vehicles_stays_seized():
    assert _claims("Militants took 12 armoured vehicles in the raid on the base.") == [("12", "seized")]


def test_gun_salute_soldiers_and_horses_give_no_claim():
    assert _claims("A 21-gun salute was fired, and 900 soldiers and 120 horses marched past the palace.") == []


def test_war_list_of_troops_and_tanks_stays_forces():
    got = _claims("Rebels shelled the town as 900 soldiers and 120 tanks advanced on it.")
    assert ("900", "forces") in got and ("120", "forces") in got


def test_defence_review_budget_and_troop_numbers_give_no_claim():
    assert _claims("The army will spend £600m on 90 new armoured trucks, and the defence review keeps regular troop "
                   "numbers at 76,000.") == []


def test_defence_review_beside_a_war_keeps_its_forces():
    got = _claims("The defence review came as the army sent 5,000 troops to fight the insurgents in the north, where "
                  "40 soldiers were killed.")
    assert ("5,000", "forces") in got


def test_under_years_of_a_rule_stays_a_span():
    assert _one("Wages fell under six years of austerity.", "six").qualifier == "exact"


# --- nights of a run of shows count shows


def test_nights_of_a_residency_are_a_count():
    q = _one("The 12-show residency includes 6 nights at the Apollo.", "6")
    assert (q.kind, q.unit) == ("number", "count")


def test_nights_of_a_stay_stay_a_span():
    q = _one("The evacuees spent five nights at the stadium.", "five")
    assert (q.kind, q.unit) == ("duration", "day")


def test_show_of_force_is_no_run_of_shows():
    assert _one("Families spent 5 nights in the sports hall after the show of force.", "5").kind == "duration"
