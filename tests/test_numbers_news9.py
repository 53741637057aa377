"""Rules of the number layer learnt from general news 9 (session 6, tests/data/quantities/general_news_9.jsonl;
extract/numnames.py and extract/numsenses.py).

Each rule is tested on sentences written here (none is a sentence of the data file), with the cases it must not
reach next to it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities
from number_probe import kinds, only

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- names: products, models, releases, numbered things in a list ---------------------------------------------

@pytest.mark.parametrize(("text", "surface"), [
    ("The Soyuz 2 launcher carried a weather satellite.", "2"),
    ("Users of Django 4.2 must upgrade before April.", "4.2"),
    ("The bank still runs its ledgers on Cobol 85 software.", "85"),
    ("It needs support for Node 18.4, which is old.", "18.4"),
])
def test_a_proper_noun_and_a_number_name_a_product_or_release(text, surface):
    assert only(text, surface).kind == "name"


def test_a_model_number_gives_no_claim():
    assert [c.number_text for c in extract_claims("The Vega 4 rocket was destroyed on the pad.")] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Apollo 11 carried 3 astronauts to the Moon.", "3"),  # a count after the name
    ("Formula 1 drew 120,000 fans to Silverstone.", "120,000"),
    ("In Aleppo 12 people were killed on Sunday.", "12"),  # a people noun after the number
    ("Rebels Kill 7 Soldiers In Ambush Near Idlib", "7"),  # a title's capitals
    ("Shelling killed 12 in Homs, 5 in Aleppo and 3 in Daraa.", "5"),  # a place and a toll
    ("Raids hit Darayya 14 barrel bombs in a day.", "14"),  # a noun before a plural is a modifier
])
def test_a_count_after_a_proper_noun_stays_a_count(text, surface):
    assert only(text, surface).kind == "number"


def test_a_heading_on_the_line_before_does_not_name_the_next_count():
    text = "Tally for Darayya\n18 mortar rounds fell on the market."
    assert only(text, "18").kind == "number"


@pytest.mark.parametrize(("text", "surface"), [
    ("Install Version 10.4.2 before the audit.", "10.4.2"),
    ("The 1.22.3 release fixes the crash.", "1.22.3"),
    ("Firmware 4.0.12.7 bricked some routers.", "4.0.12.7"),
])
def test_a_version_in_three_or_more_dotted_groups_is_one_name(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("name", "name")


def test_a_decimal_then_a_full_stop_is_not_a_version():
    assert kinds("Growth was 2.5. Then it slowed to 1.9 in May.") == [("2.5", "number"), ("1.9", "number")]


@given(st.integers(0, 40), st.integers(0, 99), st.integers(0, 999))
@SETTINGS
def test_any_dotted_version_after_version_is_one_name(a, b, c):
    surface = f"{a}.{b}.{c}"
    text = f"Version {surface} of the app is out."
    found = find_quantities(text)
    assert [(q.surface, q.kind) for q in found] == [(surface, "name")]


@pytest.mark.parametrize(("text", "surfaces"), [
    ("Officials closed platforms 9 and 10 at the station.", ["9", "10"]),
    ("The court cited Articles 5, 6 and 7 of the treaty.", ["5", "6", "7"]),
    ("Crews will resurface the road between exits 4 and 7 overnight.", ["4", "7"]),
])
def test_the_plural_of_a_name_head_before_a_list_names_each(text, surfaces):
    assert [(s, only(text, s).kind) for s in surfaces] == [(s, "name") for s in surfaces]


def test_a_plural_noun_that_heads_nothing_keeps_its_counts():
    assert kinds("The council has 4 and the county 7 vacancies.") == [("4", "number"), ("7", "number")]
    assert only("The gates let 40 and then 60 people through.", "60").kind == "number"
    assert kinds("Over two days 5 and 7 died.")[1:] == [("5", "number"), ("7", "number")]  # days are no heads here
    assert kinds("Output doubled between the years 2010 and 2020.") == [("2010", "year"), ("2020", "year")]


def test_a_run_of_hash_items_is_list_numbering():
    text = "Her top three were #1 Paris, #2 Rome and #3 Vienna."
    assert [only(text, s).kind for s in ("1", "2", "3")] == ["list", "list", "list"]


@pytest.mark.parametrize(("text", "surface"), [
    ("The band were #1 in the charts for a week.", "1"),  # alone: a ranking, read as a name
    ("Vote for #41 on the ballot paper.", "41"),
    ("The #1 and #2 seeds both lost.", "1"),  # no item follows "#1"
])
def test_a_lone_hash_number_stays_a_name(text, surface):
    assert only(text, surface).kind == "name"


# --- ages --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface"), [
    ("The actor, now 81, returns to the stage in June.", "81"),
    ("A veteran, now 92, laid a wreath.", "92"),
    ("Of the survivors, the oldest now 97, few still speak of it.", "97"),
    ("Most of the crew, the youngest then 19, never flew again.", "19"),
    ("One in four voters were 70 or older.", "70"),
    ("About a third of patients were 80 or over when admitted.", "80"),
])
def test_ages_after_now_and_of_people_or_over(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("age", "year")


@pytest.mark.parametrize(("text", "surface"), [
    ("The casualties were 65 or more, officials said.", "65"),  # "or more": a bound count
    ("Prices are now 40 higher than last year.", "40"),  # "now" with no person in apposition
    ("By Friday, now 30 of them had signed.", "30"),
])
def test_now_or_or_more_alone_make_no_age(text, surface):
    assert only(text, surface).kind == "number"


@given(st.integers(18, 105))
@SETTINGS
def test_any_age_in_apposition_after_now(n):
    q = only(f"The poet, now {n}, still writes every day.", str(n))
    assert (q.kind, q.value) == ("age", n)


# --- millions, scales, tonnes ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Visitor numbers rose to 1.4m last year.", "1.4m", 1_400_000),
    ("Sales at the chain fell to 3.1m in 2023.", "3.1m", 3_100_000),
    ("Admissions to the gallery reached 2m in the spring.", "2m", 2_000_000),
    ("Visitor numbers climbed to 2.6m, the highest level since 2019.", "2.6m", 2_600_000),
])
def test_a_fused_m_is_millions_when_the_clause_counts_people_or_sales(text, surface, value):
    q = only(text, surface)
    assert (q.kind, q.unit, q.value) == ("number", "count", value)


@pytest.mark.parametrize(("text", "surface"), [
    ("The river rose to 4.2m in March.", "4.2"),
    ("Flood water reached 2.3m in places.", "2.3"),
    ("Visitors climbed the tower, 300m high in all.", "300"),  # a word of length in the clause
    ("Visitors walked 300m to the gate.", "300"),  # no verb of counting before it
    ("The fans walked 2.6m in the rain.", "2.6"),
])
def test_a_fused_m_of_a_length_stays_metres(text, surface):
    assert only(text, surface).unit == "metre"


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The deal is worth $3 bn to the firm.", "$3 bn", 3e9),
    ("The firm sold £4.5\u00a0m of shares.", "£4.5\u00a0m", 4.5e6),
    ("The fund holds €120 mn in bonds.", "€120 mn", 1.2e8),
])
def test_a_scale_after_a_blank_counts_with_a_currency_sign(text, surface, value):
    assert only(text, surface).value == value


def test_a_blank_and_m_without_a_currency_sign_stays_metres():
    assert only("She swam 5 m underwater.", "5").unit == "metre"


@given(st.sampled_from("$€£"), st.integers(1, 999), st.sampled_from([" ", "\u00a0"]),
       st.sampled_from([("bn", 1e9), ("m", 1e6), ("k", 1e3)]))
@SETTINGS
def test_any_amount_with_a_spaced_scale(sign, n, blank, scale):
    word, factor = scale
    surface = f"{sign}{n}{blank}{word}"
    q = only(f"The budget rose to {surface} last year.", surface)
    assert q.value == n * factor


@pytest.mark.parametrize(("text", "surface"), [
    ("The farm harvested 12,000 tonnes of barley.", "12,000"),
    ("The ship can carry 9,500 tonnes.", "9,500"),
    ("Yields reached 9.1t a hectare.", "9.1"),
    ("The port handled 3 t more than planned.", "3"),
    ("Regulators set a herring quota of 4,300 tonnes for next year.", "4,300"),
])
def test_tonnes_are_a_weight(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("measurement", "tons")


@pytest.mark.parametrize(("text", "surface"), [
    ("The jets dropped 40 tonnes on the town.", "40"),
    ("A blast of 2 tonnes of TNT destroyed the bridge.", "2"),
    ("Rebels set off 12 tons of explosives under the base.", "12"),
])
def test_tonnes_of_explosives_stay_explosive_weight(text, surface):
    q = only(text, surface)
    assert (q.kind, q.unit) == ("number", "tons")


def test_a_t_after_a_number_that_is_no_tonne():
    assert only("The 21st round began.", "21st").kind == "ordinal"
    assert only("Russia lost a T-72 tank.", "72").kind == "name"


# --- dates, years, percentage points, compounds ----------------------------------------------------------

@given(st.integers(1, 12), st.integers(1950, 2099))
@SETTINGS
def test_a_month_and_year_with_a_slash_is_a_date(month, year):
    surface = f"{month:02d}/{year}"
    q = only(f"The card expires {surface} at midnight.", surface)
    assert (q.kind, q.value) == ("date", year)


def test_a_slash_pair_that_is_no_month_and_year_stays_as_it_was():
    assert only("The score was 12/20 in the quiz.", "12/20").kind == "name"
    assert only("He cited Resolution 2254/15 again.", "2254/15").kind == "name"


def test_for_and_a_year_that_a_verb_follows():
    assert only("The targets for 2030 are ambitious.", "2030").kind == "year"
    assert only("Plans for 2027 include a new bridge.", "2027").kind == "year"
    assert only("Tickets for 2000 fans went on sale.", "2000").kind == "number"  # a noun: a count


@pytest.mark.parametrize(("text", "value"), [
    ("The bank cut rates by a quarter point to 4%.", 0.25),
    ("The bank raised rates by a half point to 5%.", 0.5),
])
def test_a_fraction_of_a_point_is_that_fraction_of_a_percentage_point(text, value):
    q = find_quantities(text)[0]
    assert (q.unit, q.value) == ("percent", value)


def test_a_share_word_without_point_is_still_a_share():
    assert only("The firm cut a quarter of its staff.", "a quarter").value == 25


def test_points_in_an_election_are_percentage_points_and_in_a_game_points():
    assert only("Labour gained 6 points in the election, with turnout at 60%.", "6").unit == "percent"
    assert only("The Lakers won by 6 points on Sunday.", "6").unit == "count"


@pytest.mark.parametrize("text", [
    "A one-bedroom flat in the centre costs £900 a month.",
    "The team held on with a one-goal lead.",
])
def test_one_fused_to_a_counted_noun_counts(text):
    assert only(text, "one").value == 1


def test_one_in_a_word_that_counts_nothing_is_no_number():
    assert find_quantities("It was a one-sided match.") == []
    assert find_quantities("A one-off payment was made.") == []


def test_a_change_by_an_amount_to_another_is_two_amounts():
    assert [q.surface for q in find_quantities("Spending grows by €2bn to €9 bn in 2027.")] == [
        "€2bn", "€9 bn", "2027"]
