"""The number conventions of other presses (general news 19): digit groupings, South Asian scale words, currency
marks, period codes, basis points, and the words of harm and war general news uses for something else.

Every sentence here is written for this test. Each rule is tested with the cases it must not reach beside it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import find_quantities
from tests.number_probe import measured, only

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _surfaces(text: str) -> list[str]:
    return [q.surface for q in find_quantities(text)]


def _indian(n: int) -> str:
    """`n` in Indian grouping: the last three digits, then pairs ("1,16,145")."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def _grouped(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits ("2 500", "25'380")."""
    return f"{n:,}".replace(",", sep)


# ----------------------------------------------------------------------------------------------- digit groupings

@SETTINGS
@given(st.integers(100_000, 99_99_99_999))
def test_indian_grouping_round_trips(n):
    text = f"The survey counted {_indian(n)} households in the district."
    q = only(text, _indian(n))
    assert q.value == n and q.kind == "number"


@SETTINGS
@given(st.integers(1_000, 999_999_999), st.sampled_from(["'", "’"]))
def test_swiss_apostrophes_round_trip(n, sep):
    text = f"The university has {_grouped(n, sep)} students."
    assert only(text, _grouped(n, sep)).value == n


@SETTINGS
@given(st.integers(1_000, 999_999_999))
def test_space_grouping_round_trips_where_the_text_writes_no_commas(n):
    text = f"The reservoir holds {_grouped(n, ' ')} cubic metres."
    q = only(text, _grouped(n, " "))
    assert q.value == n and q.unit == "cubic metre"


@SETTINGS
@given(st.integers(1, 999), st.integers(0, 9999).filter(lambda k: not 100 <= k <= 999))
def test_space_grouping_needs_three_digits_after_the_space(a, b):
    text = f"Rangers counted {a} {b} deer."
    assert str(a) + " " + str(b) not in _surfaces(text)


def test_space_grouping_yields_to_the_documents_comma_habit():
    text = "By March 1,500 people had left, and 2 500 more followed."
    assert _surfaces(text) == ["1,500", "2", "500"]


def test_space_grouping_is_one_number_in_metres_and_never_after_an_age():
    assert only("He ran in 2 500 metres of rain.", "2 500").unit == "metre"
    assert "2 500" not in _surfaces("The children, aged 2 500 days, were tested.")


def test_indian_grouping_keeps_the_currency_before_it():
    q = only("The fund paid out Rs 12,45,300 to 312 families.", "12,45,300")
    assert (q.value, q.unit) == (1_245_300, "inr")


def test_decimal_comma_before_a_unit():
    q = only("Unemployment fell to 7,5 % in May.", "7,5 %")
    assert (q.value, q.unit) == (7.5, "percent")
    assert only("The loaf costs 2,50 € now.", "2,50").unit == "eur"


def test_a_comma_between_counts_is_no_decimal():
    assert _surfaces("She scored 9,5 and 7 in the heats.") == ["9", "5", "7"]


def test_european_thousands_points_in_counts():
    q = only("Some 3.000 people marched, and police counted 12.400, a rise of 4,5 %.", "12.400")
    assert q.value == 12_400
    assert only("Some 3.000 people marched.", "3.000").value == 3_000


def test_points_stay_decimals_in_measures_and_where_the_text_writes_decimal_points():
    assert only("A 1.500 kg block fell.", "1.500").value == 1.5  # a weight may be a fraction
    assert only("Some 3.000 people marched; the index fell 2.5 points.", "3.000").value == 3.0


def test_european_and_swiss_amounts_with_cents():
    assert only("Die Miete stieg auf 1.250,50 € im Monat.", "1.250,50").value == 1250.5
    q = only("The fine was CHF 1'250.50.", "1'250.50")
    assert (q.value, q.unit) == (1250.5, "chf")


_PIECES = st.sampled_from(["1", "16", "145", "2", "500", "050", "1.500", "9", ",", "'", " ", "  ", ".", "€", "N",
                           "Sh", "FY", "Q", "H", "lakh", "crore", "Lakhs of", "half a", "one", "Rs", "PHP", "bps",
                           "per mille", "mark", "the", "crossed", "under", "%", "-", "naira", "Kenya", "\n", "x"])


@SETTINGS
@given(st.lists(_PIECES, max_size=14))
def test_any_mix_of_these_marks_never_raises_and_spans_hold(pieces):
    text = "".join(pieces)
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.surface


def test_euro_sign_after_the_amount():
    q = only("A studio rents for 1 050 € a month.", "1 050")
    assert (q.value, q.unit) == (1050, "eur")


def test_a_currency_sign_before_a_space_grouped_amount():
    q = only("A studio rents for €1 050 a month.", "€1 050")
    assert (q.value, q.unit) == (1050, "eur")


# ------------------------------------------------------------------------------------- South Asian scale words

@SETTINGS
@given(st.integers(1, 99), st.integers(0, 99))
def test_lakh_crore_is_a_lakh_of_crores(a, b):
    text = f"The scheme will cost ₹{a}.{b:02d} lakh crore over five years."
    assert only(text, f"₹{a}.{b:02d} lakh crore").value == pytest.approx((a + b / 100) * 1e12)


@SETTINGS
@given(st.integers(1, 99), st.integers(1, 99))
def test_a_smaller_amount_after_a_scale_word_adds(lakh, thousand):
    text = f"The repairs cost Rs {lakh} lakh {thousand} thousand."
    q = only(text, f"{lakh} lakh {thousand} thousand")
    assert q.value == lakh * 100_000 + thousand * 1_000 and q.unit == "inr"


def test_a_count_after_a_scale_word_is_its_own():
    assert _surfaces("The crowd was 5 lakh, and 20 people fainted.") == ["5 lakh", "20"]
    assert _surfaces("The crowd of 5 lakh 20 people deep.") == ["5 lakh", "20"]


def test_scale_words_after_number_words_and_hyphens():
    assert only("Over one crore pilgrims came.", "one crore").value == 10_000_000
    assert only("Over one crore pilgrims came.", "one crore").qualifier == "at_least"
    assert only("The app added half a lakh users an hour.", "half a lakh").value == 50_000
    assert only("a Rs 500-crore museum wing", "500-crore").value == 5e9
    assert only("a 2-lakh-strong crowd", "2-lakh").value == 200_000


def test_lakhs_of_is_vague():
    q = only("Lakhs of devotees bathed in the river.", "Lakhs")
    assert (q.value, q.qualifier, q.high) == (200_000, "vague", None)


# ------------------------------------------------------------------------------------------------ currency marks

def test_fused_naira_and_shillings_where_the_currency_is_named():
    assert only("The naira fell, and bread now costs N1,200.", "N1,200").unit == "ngn"
    assert only("Kenya's levy raised Sh12bn last year.", "Sh12bn").value == 12e9
    assert only("Kenya's levy raised Sh12bn last year.", "Sh12bn").unit == "kes"
    assert only("M-Pesa moved KES 3 trillion; fees of up to Sh500 were cut.", "Sh500").unit == "kes"


def test_fused_letters_are_no_money_where_no_currency_is_named():
    assert "N95" not in _surfaces("Nurses wore N95 masks.")


def test_codes_that_are_english_words():
    assert only("Manila set aside PHP 2 billion for the scheme.", "2 billion").unit == "php"
    assert only("Tickets cost NPR 500 in Kathmandu, Nepal.", "500").unit == "npr"
    assert only("NPR 500 listeners called in.", "500").unit == "count"
    assert only("Version PHP 8 was released in 2020.", "8").unit != "php"
    assert only("COP 16 in Cali, Colombia, drew 23,000 delegates.", "16").unit != "cop"  # a summit


def test_spaced_codes_of_the_lexicon():
    assert only("Grameen lent Tk 38,000 crore.", "38,000 crore").unit == "bdt"
    assert only("Wallets moved TSh 15.6 trillion.", "15.6 trillion").unit == "tzs"


def test_rs_is_the_rupee_of_the_country_named():
    assert only("Pakistan's budget sets aside Rs 2,100 billion for debt.", "2,100 billion").unit == "pkr"
    assert only("India's budget sets aside Rs 2,100 crore for roads.", "2,100 crore").unit == "inr"
    assert only("The film made Rs 300 crore.", "300 crore").unit == "inr"


def test_qualifiers_before_a_code_and_marks_passed():
    assert only("Most tickets sold for under Rs 100.", "100").qualifier == "at_most"
    assert only("The film crossed the Rs 300 crore mark.", "300 crore").qualifier == "at_least"
    assert only("Sales crossed the 1 million mark.", "1 million").qualifier == "at_least"
    assert only("The film made Rs 300 crore.", "300 crore").qualifier == "exact"


# --------------------------------------------------------------------------------- periods, rates, model names

def test_period_codes():
    assert only("Profits rose in FY2024 and again in FY25.", "FY25").kind == "year"
    assert only("Sales rose 4% in Q3 and fell in Q4 2024.", "Q3").kind == "date"
    assert only("Sales rose 4% in Q3 and fell in Q4 2024.", "Q4 2024").kind == "date"
    assert only("Output rose in H1 2025.", "H1 2025").kind == "date"
    assert only("Revenue rose in FY2024-25.", "FY2024-25").kind == "year"


def test_period_letters_that_name_things():
    assert "Q3" not in _surfaces("The Audi Q3 sells well.")
    assert "H1 2025" not in _surfaces("H1N1 cases fell in 2025.")


def test_an_event_named_with_its_year():
    assert only("CES 2025 opens in Las Vegas.", "2025").kind == "year"
    assert only("NATO 2000 troops arrived.", "2000").kind == "number"


def test_basis_points_and_per_mille_are_percent():
    q = only("The bank raised rates by 25 basis points.", "25")
    assert (q.value, q.unit) == (0.25, "percent")
    assert only("The central bank cut by 50 bps.", "50").value == 0.5
    q = only("The fine is 3 per mille of turnover.", "3")
    assert (q.value, q.unit) == (0.3, "percent")


def test_bps_of_modems_and_bp_of_the_oil_firm():
    assert only("He still uses a 9600 bps modem.", "9600").unit != "percent"
    assert only("He sold 5 BP shares after the rate cut.", "5").unit == "count"


def test_model_and_scheme_names():
    assert only("Its Seal 06 sedan sells well.", "06").kind == "name"
    assert only("The Web 2.0 boom ended.", "2.0").kind == "name"
    assert only("He scored 2.0 in the test.", "2.0").kind == "number"


# ------------------------------------------------------------------------------------------------------ claims

def test_a_drills_evacuation_is_rehearsed():
    assert measured("Police evacuated the 40,000-seat stadium in 9 minutes during a mock drill.") == []
    assert measured("Troops evacuated 2,000 villagers during the shelling.") == [("2,000", "displaced")]


def test_scare_quoted_harm_nouns_are_figures():
    assert measured("After the forum closed, 300,000 'digital refugees' moved to a rival site.") == []


def test_money_beside_a_war_named_only_in_an_institutions_name():
    assert measured("The Imperial War Museum drew 900,000 visitors, who pay £25 each.") == []


def test_a_books_advance_is_no_war_funding():
    assert measured("A colonel's memoir of the Falklands war fetched an advance of £400,000.") == []
    assert measured("The UN appealed for $27 million in aid for refugees.") == [("$27 million", "funding")]


def test_a_states_budget_is_no_claim_where_no_war_is_named():
    assert measured("Fiji's budget of $3 billion relies on aid for 12% of its income.") == []
