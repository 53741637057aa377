"""Session 27, the number layer on general news (sentences written for these tests, not taken from any data file).

- an ISO code that is an English word too ("ALL", "TOP", "CUP": currencies.toml english_codes) is money where the
  text names its country or the adjective of its currency, before the sum ("costs ALL 650") or after it
  ("8,000 CUP"), with the qualifier before the code reaching the sum ("about TOP 190");
- a fraction that is the subject of a plural verb is a share of a group, a percentage ("nearly 3/4 have never
  flown", "two-fifths say"), and a fraction before "what" a share of the amount its clause names ("half what it
  cost"); the singular verb after "a third" leaves an ordinal pronoun ("two were hurt and a third was missing");
- "No. N" after a verb of a chart or table place in the present ("ranks No. 4", "peaks", "remains") is a ranking,
  an ordinal, as after "ranked" and "climbed";
- a multiplier before "times the" and a sum or count in figures is a ratio ("four times the €60 it cost");
- more currency words before "to/per/against the dollar/euro" make a rate ("5.4 reais to the dollar");
- "a 6-storey block": the floors counted, a count (as "94 storeys" is), no measurement in storeys;
- "Dh" fused before a sum is the dirham where the text names it, its country or a Gulf town ("Dh35" in a report
  from Abu Dhabi: aed; from Morocco: mad), and "Rp" spaced before a sum the Indonesian rupiah (idr);
- a price people pay (rent, fare, wage, salary, premium) that passes a sum with any currency sign passes a mark:
  at_least ("the average rent passed ₪7,000"), as a share price does; "the bill passed 3 readings" stays exact;
- a verb of change, its object, "by" and a currency code before "N to M" give two amounts, the change and the
  level, not a range ("cut the price of its city hatchback by RMB 4,000 to 61,800 yuan"); "RMB" before a sum is
  the yuan;
- a plural after a name head ("grade 9s", "Category 5s") names those of the grade, no decade of age;
- a bare decimal in hundredths after a verb of timing ("split 26.81", "touched in 55.02", "the 100m in 9.58") is a
  race time in seconds, and "the 50m turn" (a point of a race) is metres, not 50 million;
- a product's name after a possessive or "the", its number the subject of a singular verb of sale ("its Ioniq 5
  costs", "the new Pixel 9 sells"), is a model's name;
- hours or minutes a clause sets, then "to"/"at" and a bare number per period: that unit ("cut opening hours ... to
  20 a week" is 20 hours); not after "for hours" or across a comma;
- "treble 19", "double 16" thrown at darts (1 to 20, a stop or joining word after) name a bed of the board.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import find_quantities


def _one(text: str, surface: str):
    found = [q for q in find_quantities(text) if q.surface == surface]
    assert found, (surface, [q.surface for q in find_quantities(text)])
    return found[0]


# --- an English-word currency code is money where its country is named


@pytest.mark.parametrize(("sentence", "surface", "unit", "qualifier"), [
    ("A dinner for two in Albania rarely costs more than ALL 3,500.", "3,500", "all", "at_least"),
    ("Albanian pensioners get ALL 650 more a month from July.", "650", "all", "exact"),
    ("Teachers in Cuba earn 8,000 CUP a month, the ministry said.", "8,000", "cup", "exact"),
    ("A Cuban taxi driver asked for 900 CUP for the ride.", "900", "cup", "exact"),
    ("The ferry to Vava'u now costs about TOP 190, and Tonga will subsidise it.", "190", "top", "approx"),
])
def test_english_word_code_is_money_where_its_country_is_named(sentence, surface, unit, qualifier):
    q = _one(sentence, surface)
    assert (q.kind, q.unit, q.qualifier) == ("number", unit, qualifier)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The ALL 100 index of shares fell on Monday.", "100"),  # no country named
    ("She finished 300 CUP points clear of the field.", "300"),
    ("Tonga's TOP 10 songs of the year were announced.", "10"),  # two digits, no scale: a list's name
    ("A Cuban band played 12 songs and the crowd of 400 sang along.", "400"),  # no code at all
])
def test_english_word_code_without_its_country_is_no_money(sentence, surface):
    assert _one(sentence, surface).unit == "count"


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(["ALL", "TOP", "CUP", "PEN", "MAD"]),
       n=st.integers(min_value=100, max_value=99_999))
def test_english_word_code_in_a_text_naming_no_country_stays_a_count(code, n):
    for text in (f"The board listed {n} {code} items.", f"The board listed {code} {n} items."):
        q = _one(text, str(n))
        assert q.unit == "count", text


# --- a fraction as the subject of a plural verb, or before "what", is a share


@pytest.mark.parametrize(("sentence", "surface", "value", "qualifier"), [
    ("Of the parents asked, nearly 3/4 have never heard of the scheme.", "3/4", 75.0, "at_most"),
    ("Two-fifths say the bus service has got worse.", "Two-fifths", 40.0, "exact"),
    ("Roughly a third still use cash for every purchase.", "a third", 100 / 3, "approx"),
    ("About half were under 30, the survey found.", "half", 50.0, "approx"),
    ("The flat now rents for half what it fetched before the pandemic.", "half", 50.0, "exact"),
    ("Fares fell to about a quarter what they were in 2019.", "a quarter", 25.0, "approx"),
])
def test_fraction_as_a_subject_or_before_what_is_a_share(sentence, surface, value, qualifier):
    q = _one(sentence, surface)
    assert (q.kind, q.unit, q.qualifier) == ("number", "percent", qualifier)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "Two walkers were rescued and a third was still missing on Sunday.",
    "Two ships docked on Monday and a third is expected tomorrow.",
])
def test_a_singular_verb_after_a_third_is_no_share(sentence):
    assert all(q.unit != "percent" for q in find_quantities(sentence))


def test_a_bare_fraction_before_a_noun_stays_a_fraction():
    q = _one("Add 3/4 cup of flour and stir.", "3/4")
    assert (q.kind, q.unit) == ("fraction", "fraction")


# --- "No. N" after a present verb of rank is an ordinal


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The single ranks No. 4 in Ireland this week.", "4"),
    ("Her novel remains No. 1 on the fiction list.", "1"),
    ("The album peaks No. 7 before sliding away.", "7"),
    ("The club climbs No. 3 in the table after the win.", "3"),
])
def test_no_after_a_present_verb_of_rank_is_an_ordinal(sentence, surface):
    assert _one(sentence, surface).kind == "ordinal"


def test_an_address_after_no_stays_a_name():
    assert _one("The parcel went to No. 4 Elm Road.", "4").kind == "name"


# --- a multiple of a sum or count said in figures


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The ticket now costs four times the €60 it cost in 2019.", "four"),
    ("Applications hit 3 times the 1,200 places on offer.", "3"),
    ("The bill came to nearly ten times the £45 quoted.", "ten"),
])
def test_times_the_sum_is_a_ratio(sentence, surface):
    q = _one(sentence, surface)
    assert (q.kind, q.unit) == ("number", "ratio")


def test_times_before_a_plain_phrase_stays_occasions():
    assert _one("She called three times the next morning.", "three").unit == "count"


# --- more currency words make a rate against the dollar or euro


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Exporters were paid at 5.4 reais to the dollar.", "5.4"),
    ("Banks sold the euro at 4.1 shekels per euro on Friday.", "4.1"),
    ("The rupiah weakened to 16,300 rupiahs against the dollar.", "16,300"),
])
def test_currency_word_before_to_the_dollar_is_a_rate(sentence, surface):
    assert _one(sentence, surface).unit == "ratio"


def test_a_sum_in_reais_stays_money():
    q = _one("He paid 300 reais for the guitar.", "300")
    assert q.unit == "brl"


# --- the floors of a building in a hyphened compound are counted


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Cranes rose over a half-built 14-storey hotel.", "14"),
    ("The firm plans a 30-story office block downtown.", "30"),
    ("Residents of the 9\u2011floor tower were moved out.", "9"),
])
def test_hyphened_storeys_are_a_count(sentence, surface):
    q = _one(sentence, surface)
    assert (q.kind, q.unit) == ("number", "count")


def test_a_height_in_metres_stays_a_distance():
    q = _one("The 300-metre tower opens in May.", "300")
    assert q.kind == "distance"


# --- "Dh" fused before a sum, "Rp" spaced before one


@pytest.mark.parametrize(("sentence", "surface", "unit"), [
    ("A taxi from Abu Dhabi airport costs Dh35 at night.", "Dh35", "aed"),
    ("Emirati shoppers spent Dh2.5 billion during the sale.", "Dh2.5 billion", "aed"),
    ("In Morocco the fine rose to Dh700 this year.", "Dh700", "mad"),
    ("A kilo of chillies in Surabaya now costs Rp 95,000.", "95,000", "idr"),
])
def test_dirham_and_rupiah_marks_are_money(sentence, surface, unit):
    q = _one(sentence, surface)
    assert (q.kind, q.unit) == ("number", unit)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The restored Dh4 biplane flew over the field.", "4"),  # no dirham, no country named
    ("The DH4 bomber entered service in 1917 over Dubai.", "4"),  # capital H: an aircraft
])
def test_dh_without_dirhams_named_is_no_money(sentence, surface):
    assert _one(sentence, surface).unit != "aed"


# --- a price passing a sum with its sign is a floor


@pytest.mark.parametrize(("sentence", "surface"), [
    ("In Jerusalem the average rent passed ₪6,500 last year.", "₪6,500"),
    ("The day-return fare has passed £30 for the first time.", "£30"),
    ("Lagos salaries passed ₦400,000 a month in the survey.", "₦400,000"),
])
def test_a_price_passing_a_sum_is_at_least(sentence, surface):
    q = _one(sentence, surface)
    assert (q.qualifier, q.high) == ("at_least", None)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The bill passed 3 readings before the summer.", "3"),
    ("The rent passed to the landlord's son in 2019 with 4 flats.", "4"),
])
def test_passing_things_is_no_bound(sentence, surface):
    assert _one(sentence, surface).qualifier == "exact"


# --- "by CODE A to B" after a verb of change and its object: a change and a level


def test_a_change_by_a_coded_sum_then_the_level_is_two_amounts():
    text = "Geely cut the price of its city hatchback by RMB 4,000 to 61,800 yuan in June."
    got = {q.surface: (q.unit, q.qualifier) for q in find_quantities(text)}
    assert got["4,000"] == ("cny", "exact") and got["61,800"] == ("cny", "exact")


def test_a_change_by_a_code_with_the_verb_far_before():
    text = "The airline raised the fee for each extra checked bag by USD 15 to 85 dollars."
    got = {q.surface for q in find_quantities(text)}
    assert {"15", "85"} <= got


def test_a_range_of_percentages_after_by_stays_a_range():
    q = _one("The plan would cut the cost of each new home by 10 to 15 per cent.", "10 to 15")
    assert q.qualifier == "range"


def test_rmb_before_a_sum_is_the_yuan():
    assert _one("The court fined the firm RMB 2.3 million.", "2.3 million").unit == "cny"


# --- "grade 9s": the pupils of a grade, no decade


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Fewer pupils got grade 7s in maths this summer.", "7"),
    ("Schools celebrated a record number of grade 9s on Thursday.", "9"),
])
def test_plural_after_a_name_head_is_a_name(sentence, surface):
    assert _one(sentence, surface).kind == "name"


def test_a_decade_of_age_stays_an_age():
    assert _one("Most of the runners were in their 40s.", "40s").kind == "age"


# --- race times in hundredths after a verb of timing; a point of a race in metres


@pytest.mark.parametrize(("sentence", "surface", "value"), [
    ("The Kenyan clocked 10.94 in the semi-final.", "10.94", 10.94),
    ("He split 24.37 at halfway and faded.", "24.37", 24.37),
    ("She touched in 58.12, a national record.", "58.12", 58.12),
    ("He took the 200m in 19.87 on a cold night.", "19.87", 19.87),
])
def test_a_decimal_in_hundredths_after_timing_is_seconds(sentence, surface, value):
    q = _one(sentence, surface)
    assert (q.kind, q.unit, q.value) == ("duration", "second", value)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The index closed at 26.81 on Friday.", "26.81"),  # no verb of timing
    ("Turnout in 12.45 of the wards was low.", "12.45"),
])
def test_a_decimal_without_timing_is_no_race_time(sentence, surface):
    assert _one(sentence, surface).unit != "second"


def test_a_race_point_is_metres():
    q = _one("She was third at the 150m turn.", "150")
    assert (q.kind, q.unit) == ("distance", "metre")


# --- a model told as the subject of a singular verb of sale


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Kia said its Niro 7 costs less than rivals.", "7"),
    ("The new Xperia 10 sells for about $400 in Tokyo.", "10"),
    ("Analysts expect their Mavic 4 retails above the old model.", "4"),
])
def test_a_model_before_a_singular_verb_of_sale_is_a_name(sentence, surface):
    assert _one(sentence, surface).kind == "name"


@pytest.mark.parametrize(("sentence", "surface"), [
    ("In Aleppo 12 people were treated.", "12"),
    ("The Guards 5 were freed on bail.", "5"),
])
def test_a_count_after_a_capitalised_word_stays_a_count(sentence, surface):
    assert _one(sentence, surface).kind == "number"


# --- hours said before "to N a week"


@pytest.mark.parametrize(("sentence", "surface", "unit"), [
    ("The library trimmed its opening hours at weekends to 12 a week.", "12", "hour"),
    ("Junior doctors' hours are capped at 56 a week.", "56", "hour"),
    ("The school cut break minutes in winter to 30 a day.", "30", "minute"),
])
def test_hours_a_clause_sets_give_the_unit(sentence, surface, unit):
    q = _one(sentence, surface)
    assert (q.kind, q.unit) == ("duration", unit)


@pytest.mark.parametrize("sentence", [
    "Rockets fell for hours, and the toll rose to 20 a day.",
    "Queues lasted for hours as the clinic raised bookings to 90 a day.",
    "Visits were limited to 3 a week.",
])
def test_no_hours_without_a_clause_that_sets_them(sentence):
    assert all(q.kind != "duration" for q in find_quantities(sentence))


# --- the beds of a dartboard


@pytest.mark.parametrize(("sentence", "surface"), [
    ("She left 57 and took it out with treble 19, bull.", "19"),
    ("He missed double 16, then landed it with his last dart.", "16"),
    ("Needing 40, she hit double 20 to take the leg.", "20"),
])
def test_a_dart_bed_is_a_name(sentence, surface):
    assert _one(sentence, surface).kind == "name"


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Sales could double 12 months from now.", "12"),
    ("Exports will treble to 20 million tonnes.", "20 million"),
])
def test_double_or_treble_as_a_verb_is_no_bed(sentence, surface):
    assert _one(sentence, surface).kind != "name"
