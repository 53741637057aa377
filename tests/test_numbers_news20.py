"""Rules the number and claim layers learnt from general news 20 (tests/data/quantities/general_news_20.jsonl:
technical, scientific and legal numbers), each tested on sentences written for this file, with sentences the rule
must not reach."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities


def _one(text: str, surface: str):
    """The quantity found with this surface (exactly one)."""
    found = [q for q in find_quantities(text) if q.surface == surface]
    assert len(found) == 1, [(q.surface, q.kind, q.unit) for q in find_quantities(text)]
    return found[0]


def _surfaces(text: str) -> list[str]:
    return [q.surface for q in find_quantities(text)]


# --- unit symbols of concentration, dose and acceleration (extract/numunits.py)
@pytest.mark.parametrize("text,surface,unit", [
    ("Radon in the cellar measured 0.4 mSv over the winter.", "0.4", "millisievert"),
    ("Workers may receive up to 20 mSv a year.", "20", "millisievert"),
    ("The scan delivered 90 µSv to the patient.", "90", "microsievert"),
    ("Nitrogen dioxide on the bypass reached 48 µg/m³ in June.", "48", "microgram"),
    ("The tablet holds 400 μg of folic acid.", "400", "microgram"),  # a Greek mu
    ("Lead in the tap water was 12 mg/L at the school.", "12", "milligram"),
    ("Vets gave the dog 5 mg/kg of the sedative.", "5", "milligram"),
    ("Ozone rose to 0.09 ppm in the valley.", "0.09", "part per million"),
    ("Arsenic was found at 14 ppb in two wells.", "14", "part per billion"),
    ("The sled pulls 4 m/s² at launch.", "4", "acceleration"),
    ("The lift accelerates at 1.2 m/s2 when empty.", "1.2", "acceleration"),
])
def test_unit_symbols(text, surface, unit):
    q = _one(text, surface)
    assert (q.unit, q.kind) == (unit, "measurement")


@pytest.mark.parametrize("text,surface,unit", [
    ("A 4 m/s breeze kept the sails full.", "4", "metre per second"),  # a speed, not an acceleration
    ("The delay was 5 ms at most.", "5", "millisecond"),  # not a millisievert
    ("She drove an MG 5 to the show.", "5", "count"),  # "MG" is a car, not milligrams
    ("Police said 40 militants and 12 migrants were held.", "40", "count"),  # words after "m" are no symbols
    ("The drone flew 3 m/sec faster.", "3", "count"),  # no acceleration without "²"
])
def test_unit_symbols_not_reached(text, surface, unit):
    assert _one(text, surface).unit == unit


# --- "<" and "as much as" are bounds (extract/numqualifiers.py)
@pytest.mark.parametrize("text,surface,qualifier", [
    ("The difference held (p < 0.01) across the groups.", "0.01", "at_most"),
    ("Readings ≤ 3 were discarded.", "3", "at_most"),
    ("Samples > 40 were kept.", "40", "at_least"),
    ("The bridge may sway as much as 2 metres in a gale.", "2", "at_most"),
])
def test_signs_and_as_much_as(text, surface, qualifier):
    assert _one(text, surface).qualifier == qualifier


def test_as_much_goes_on_without_a_number():
    assert _one("He ate as much as he could, then 3 more.", "3").qualifier == "exact"


# --- e-notation and caret powers (extract/numtechnical.py, layoutnums.py)
@pytest.mark.parametrize("text,surface,value,qualifier", [
    ("The sensor logged 3.5e4 events an hour.", "3.5e4", 35000.0, "exact"),
    ("The error rate fell to 2E-5 after the fix.", "2E-5", 0.00002, "exact"),
    ("The count of spores reached 6e3.", "6e3", 6000.0, "exact"),
    ("Noise stayed below 10^-4 all night.", "10^-4", 0.0001, "at_most"),
    ("A culture of 10^9 cells was grown.", "10^9", 1e9, "exact"),
    ("The survey counted 4.1 × 10^5 birds.", "4.1 × 10^5", 410000.0, "exact"),
])
def test_powers(text, surface, value, qualifier):
    q = _one(text, surface)
    assert q.value == pytest.approx(value) and q.qualifier == qualifier and q.unit == "count"
    assert len(find_quantities(text)) == 1  # the exponent is no number of its own


@pytest.mark.parametrize("text,surface,unit", [
    ("The probe flew 1.5 × 10^6 km from Earth.", "1.5 × 10^6", "km"),
    ("The pores are 10^-6 m wide.", "10^-6", "metre"),
])
def test_power_takes_the_unit_after(text, surface, unit):
    assert _one(text, surface).unit == unit


@pytest.mark.parametrize("text,surfaces", [
    ("The code B1e6 was printed on the box.", ["1", "6"]),  # a code fused to a letter
    ("The ratio 10^2.5 is no whole power.", ["10", "2.5"]),
])
def test_powers_not_reached(text, surfaces):
    assert "".join(_surfaces(text)).count("e") == 0 and len(_surfaces(text)) == len(surfaces)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9),
       st.integers(min_value=-12, max_value=12), st.sampled_from(["e", "E"]))
def test_e_notation_value_property(whole, tenth, exp, e):
    surface = f"{whole}.{tenth}{e}{exp}"
    q = _one(f"The model predicts {surface} particles per litre.", surface)
    assert q.value == pytest.approx(float(f"{whole}.{tenth}e{exp}"))


# --- "± N unit": the central value takes the unit too (extract/numtechnical.py)
@pytest.mark.parametrize("text,surface,unit", [
    ("The batteries lasted 18 ± 2 hours in the test.", "18", "hour"),
    ("Rods were cut to 120 ± 0.5 mm for the frame.", "120", "millimetre"),
    ("Support stood at 41 ± 3% in the poll.", "41", "percent"),
])
def test_tolerance_unit(text, surface, unit):
    assert _one(text, surface).unit == unit


def test_tolerance_needs_the_sign():
    assert _one("The batteries lasted 18, then 2 hours more.", "18").unit == "count"


# --- mixed numbers (extract/numtechnical.py)
@pytest.mark.parametrize("text,surface,value,unit", [
    ("The baby weighed 7 3/4 pounds at birth.", "7 3/4", 7.75, "pound"),
    ("Snow lay 1 1/2 feet deep on the pass.", "1 1/2", 1.5, "foot"),
    ("The recipe needs 2 1/3 cups of flour.", "2 1/3", 2 + 1 / 3, None),
])
def test_mixed_numbers(text, surface, value, unit):
    q = _one(text, surface)
    assert q.value == pytest.approx(value)
    if unit:
        assert q.unit == unit


@pytest.mark.parametrize("text", [
    "Results for 2, 1/2 of the sample, were lost.",  # a comma between: two numbers
    "He ran 2.5 1/2 times a week.",  # a decimal before: no mixed number
])
def test_mixed_numbers_not_reached(text):
    assert not any(" " in s and "/" in s for s in _surfaces(text))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=2, max_value=10), st.data())
def test_mixed_number_property(whole, den, data):
    num = data.draw(st.integers(min_value=1, max_value=den - 1))
    surface = f"{whole} {num}/{den}"
    q = _one(f"The plank was {surface} inches thick.", surface)
    assert q.value == pytest.approx(whole + num / den) and q.unit == "inch"


# --- clock times with seconds (extract/numcontext.py)
@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59),
       st.integers(min_value=0, max_value=59))
def test_clock_seconds_property(h, m, s):
    surface = f"{h:02d}:{m:02d}:{s:02d}"
    q = _one(f"The bell rang at {surface} local time.", surface)
    assert q.kind == "time" and q.value == pytest.approx(h + m / 60 + s / 3600)


def test_race_time_stays_a_duration():
    q = _one("She ran 2:14:05 to win the marathon.", "2:14:05")
    assert (q.kind, q.value) == ("duration", 2 * 3600 + 14 * 60 + 5)


# --- sections, citations, moves, votes, bowling figures
@pytest.mark.parametrize("text,surface,kind", [
    ("Under section 7(2)(b) of the Act the council must reply.", "7(2)(b)", "name"),
    ("The claim fails under art. 5(1) of the Convention.", "5(1)", "name"),
    ("The ruling in [2021] EWHC 880 was appealed.", "880", "name"),
    ("See [2018] EWCA Civ 215 for the test.", "215", "name"),
    ("He blundered his queen on move 31 and resigned.", "31", "name"),
    ("The panel was unanimous, 3-0, on the merits.", "3-0", "score"),
    ("Her 5 for 41 won the Test after a collapse of 6 wickets.", "5 for 41", "score"),
])
def test_names_and_scores(text, surface, kind):
    assert _one(text, surface).kind == kind


@pytest.mark.parametrize("text,surface,kind", [
    ("Rebels killed 12(3 of them children) in the raid.", "12", "number"),  # no section head
    ("The crews move 14 tanks to the front each night.", "14", "number"),  # "move" the verb
    ("In [2020] 45 people joined the club.", "45", "number"),  # no court after the year
    ("The shop sells 3 for 20 at the weekend market.", "3", "number"),  # no cricket
])
def test_names_and_scores_not_reached(text, surface, kind):
    assert _one(text, surface).kind == kind


# --- a participle of change: a change and a level (extract/numkinds.py _CHANGE_VERBS)
def test_falling_change_and_level():
    assert _surfaces("The shares slumped on the news, dropping 9p to 140p.") == ["9p", "140p"]


def test_range_without_a_verb_of_change_stays():
    assert _surfaces("Tickets cost 9p to 140p each.") == ["9p to 140p"]


# --- a pronoun "one" closing its clause after "in"/"from" (extract/numphrases.py)
def test_one_after_in_closing_clause_is_a_pronoun():
    assert _surfaces("Inspectors checked 40 boilers and found a leak in one.") == ["40"]


@pytest.mark.parametrize("text", ["They finished it all in one go.", "The lead went from one to 5."])
def test_one_goes_on(text):
    assert "one" in _surfaces(text)


# --- claims: deaths from an illness and a standing budget in a report of peace
@pytest.mark.parametrize("text", [
    "Dementia killed 74,000 people in England last year, the statistics office said.",
    "Heart attacks fell by a fifth, but strokes killed 12,500 people in the region in 2024.",
    "The UN's peacekeeping budget is $6 billion a year and funds 12 missions.",
])
def test_peace_news_gives_no_claim(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize("text,numbers", [
    ("Troops shelled the town on Monday: 9 civilians were killed and 1 more died of a heart attack.", ["9", "1"]),
    ("Rebels overran two bases in Mali this week. The UN's peacekeeping budget for the mission is $1.2 billion.",
     ["$1.2 billion"]),
])
def test_war_reports_keep_their_claims(text, numbers):
    got = [c.number_text for c in extract_claims(text)]
    assert all(n in got for n in numbers), got
