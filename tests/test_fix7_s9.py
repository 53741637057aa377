"""Session 9 fixes of the claim and number layers (helper fix7), each on sentences written here, with cases the
rule must not reach.

- dollars of other countries ("A$", "C$", "NZ$", "HK$", "S$") and the signs ₩ ₪ ₺ ₦ ₱ ฿ (extract/currencies.py);
- an approximate word before the first count of "A X and B Y" scopes over the second (extract/numbers.py);
- a side named where the noun should be, then a word of place ("captured 40 Russians near the camp", phrase.py);
- men in apposition to a count of units are the units' strength, whatever the verb (phrase.py, unitmen.py);
- a workforce carried away ("workers were shipped out of the city") is no flight (phraseparts.py);
- "crushed to death" is a killing ([verbs] kill);
- "by 1950 to 8,000": a change, not a year (numdigits.py, numkinds.py);
- a currency code before the sum asked for ("appealed for CHF 12 million") is part of it (appeals.py);
- an institution's own budget ("the Commission's budget for 2009 was ...") is no funding (money.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import extract_claims
from extract.currencies import DOLLAR_PREFIXES, SIGNS, dollar_prefix
from extract.numbers import find_quantities

WAR = "Rebel artillery shelled the town during the civil war. "


def _claims(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(c.number_text, c.qualifier, c.unit, c.measure, c.subject) for c in extract_claims(text)]


def _quantity(text: str, surface: str):
    found = [q for q in find_quantities(text) if q.surface == surface]
    assert found, [q.surface for q in find_quantities(text)]
    return found[0]


# --- 1. dollars of other countries and more currency signs

@pytest.mark.parametrize("text, surface, unit", [
    ("Australia pledged A$5 million in aid to the refugees.", "A$5 million", "aud"),
    ("Ottawa sent C$12 million in aid to the displaced.", "C$12 million", "cad"),
    ("New Zealand gave NZ$3 million in aid for the refugees.", "NZ$3 million", "nzd"),
    ("Donors in the city gave HK$10 million in aid.", "HK$10 million", "hkd"),
    ("Singapore pledged S$2 million in aid to the victims.", "S$2 million", "sgd"),
    ("Seoul sent ₩5 billion in aid to the refugees.", "₩5 billion", "krw"),
    ("Israel spent ₪40 million on shelters.", "₪40 million", "ils"),
    ("Ankara gave ₺3 million in aid.", "₺3 million", "try"),
    ("Abuja released ₦2 billion in aid.", "₦2 billion", "ngn"),
    ("Manila sent ₱5 million in aid.", "₱5 million", "php"),
    ("Bangkok pledged ฿20 million in aid.", "฿20 million", "thb"),
])
def test_a_country_dollar_or_sign_names_its_currency(text: str, surface: str, unit: str) -> None:
    assert _quantity(text, surface).unit == unit


@pytest.mark.parametrize("text, surface", [
    ("The fund gave $5 million in aid.", "$5 million"),  # "$" alone: US dollars
    ("The fund gave US$5 million in aid.", "US$5 million"),
    ("The pass code USA$5 opened it.", "$5"),  # capitals that are no country's prefix of its own word
    ("The code was a$5 in the old game.", "$5"),  # lower case: no prefix
])
def test_plain_dollars_stay_us_dollars(text: str, surface: str) -> None:
    assert _quantity(text, surface).unit == "usd"


def test_a_country_dollar_claim_keeps_its_currency() -> None:
    assert _claims(WAR + "Canada sent C$5 million in aid to the displaced.") == [
        ("C$5 million", "exact", "cad", "funding", "aid")]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AUSCNZHKTRMXas$ 5", max_size=12))
def test_dollar_prefix_is_a_prefix_of_capitals_before_the_sign(text: str) -> None:
    """dollar_prefix only ever names capitals of DOLLAR_PREFIXES right before a "$", standing as a word."""
    for p, c in enumerate(text):
        if c != "$":
            continue
        n = dollar_prefix(text, p)
        assert n in (0, 1, 2)
        if n:
            assert text[p - n : p] in DOLLAR_PREFIXES and SIGNS[text[p - n : p + 1]]
            assert p == n or not text[p - n - 1].isalnum()


# --- 3. an approximate word scoping over "A X and B Y"

def test_an_estimate_of_a_coordinated_pair_is_an_estimate_of_both() -> None:
    text = "Of the estimated 80,000 regular soldiers and 60,000 militia of the two armies, few were disarmed."
    assert _quantity(text, "80,000").qualifier == "approx"
    assert _quantity(text, "60,000").qualifier == "approx"
    assert _quantity("An estimated 300 tanks and 90 guns crossed the river.", "90").qualifier == "approx"


@pytest.mark.parametrize("text, surface, qualifier", [
    ("A dozen soldiers and 40 police were hurt.", "40", "exact"),  # approximate by itself, no word before it
    ("Fighting killed some 30 soldiers and 25 fighters.", "25", "exact"),  # "some" modifies its numeral alone
    ("About 300 tanks and 90 guns crossed the river.", "90", "exact"),
    ("An estimated 200 were killed and 50 wounded.", "50", "exact"),  # a verb between: two statements
    ("An estimated 200 civilians killed and 50 wounded.", "50", "exact"),  # the participle of the first item
    ("An estimated 300 tanks and at least 90 guns crossed.", "90", "at_least"),  # a qualifier of its own
    ("An estimated 300 tanks, and 90 guns, crossed.", "90", "exact"),  # a comma: no pair
])
def test_the_estimate_does_not_reach_past_the_pair(text: str, surface: str, qualifier: str) -> None:
    assert _quantity(text, surface).qualifier == qualifier


# --- 5. a side named as the noun, before a word of place

def test_a_side_counted_before_a_place_is_counted() -> None:
    assert _claims("The army captured 40 Russians near the prisoners' camp.") == [
        ("40", "exact", "count", "captured", "Russians")]  # (a people named as a side is the subject, as the gold's
    # "58,000 Americans" and "128 Americans" are: session 27 claims39)
    assert [c[3] for c in _claims("Rebels said 12 Hezbollah outside the town were killed.")] == ["killed"]


def test_a_side_before_a_time_word_is_left_as_before() -> None:
    assert _claims("The army captured 40 Russians during the raid.") == []


# --- 6. the men of units

def test_men_in_apposition_to_units_are_troops_whatever_the_verb() -> None:
    got = _claims(WAR + "Three battalions, some 2,000 men, crossed the river.")
    assert got == [("2,000", "approx", "count", "forces", "troops")]
    assert _claims(WAR + "Two brigades, about 900 men, were killed in the ambush.")[-1][3:] == ("killed", "troops")


def test_men_with_no_units_before_them_keep_their_reading() -> None:
    got = _claims(WAR + "Some 2,000 men crossed the river into Chad.")
    assert ("2,000", "approx", "count", "displaced", "men") in got
    got = _claims(WAR + "Two battalions, 200 men, women and children fled the town.")
    assert all(c[4] != "troops" for c in got)


# --- 7. a workforce carried away

def test_a_workforce_carried_out_of_a_city_is_not_displaced() -> None:
    assert _claims(WAR + "After the shelling, 200 workers were shipped out of the city.") == []
    assert _claims(WAR + "After the shelling, 300 employees were bused out of the town.") == []


def test_people_carried_or_workers_fleeing_are_displaced() -> None:
    assert _claims(WAR + "After the shelling, 200 civilians were bused out of the besieged city.")[-1][3] == "displaced"
    assert _claims(WAR + "After the shelling, 200 workers fled the city.")[-1][3] == "displaced"


# --- 8. crushed to death

def test_crushed_to_death_is_a_killing() -> None:
    assert _claims("Soldiers said 12 protesters were crushed to death by tanks.") == [
        ("12", "exact", "count", "killed", "protesters")]
    assert _claims("Witnesses said militiamen shot to death 9 villagers.")[0][3] == "killed"


def test_a_crush_in_peace_is_no_claim() -> None:
    assert _claims("Police said 12 fans were crushed to death in a stampede at the stadium.") == []


# --- 9. "by N to M": a change, not a year

def test_by_a_year_shaped_number_to_a_count_is_a_change() -> None:
    text = "The mine cut the workforce by 1950 to 8,000 during the war."
    assert _quantity(text, "1950").kind == "number"
    assert _quantity(text, "8,000").kind == "number"


@pytest.mark.parametrize("text, surface", [
    ("The war lasted from 1950 to 1960 in the north.", "1950"),
    ("The 1914 to 18 war killed millions.", "1914 to 18"),
    ("The EU will cut emissions by 2030 to 25% of 1990 levels.", "2030"),
    ("The army cut its troops by 2030, the plan says.", "2030"),
    ("Output rose in 1950 to 8,000 tons.", "1950"),
])
def test_years_before_to_stay_years(text: str, surface: str) -> None:
    assert _quantity(text, surface).kind == "year"


def test_a_range_of_percentages_after_by_stays_a_range() -> None:
    assert _quantity("The firm cut the workforce by 10 to 15 per cent.", "10 to 15").qualifier == "range"


# --- 10. a currency code before the sum asked for

@pytest.mark.parametrize("sum_", ["CHF 12 million", "USD 12 million", "$12 million", "12 million Swiss francs"])
def test_money_appealed_for_is_the_appeal_whatever_its_currency(sum_: str) -> None:
    got = _claims(WAR + f"The UN appealed for {sum_} for the displaced.")
    assert [c[3:] for c in got if c[3] == "funding"] == [("funding", "appeal")]


def test_a_code_after_the_sum_or_no_appeal_keeps_funding() -> None:
    got = _claims(WAR + "Donors pledged USD 12 million for the displaced, officials said.")
    assert [c[4] for c in got if c[3] == "funding"] != ["appeal"]


# --- 11. an institution's own budget

def test_an_institutions_budget_is_no_funding() -> None:
    text = WAR + "The Commission's budget for 2009 was 1.9 billion Guinean francs, of which 40 per cent came from donors."
    assert all(c[3] != "funding" for c in _claims(text))
    assert _claims(WAR + "The tribunal's annual budget stood at $40 million, paid by donors.") == []


def test_money_given_to_a_body_or_a_forces_budget_stays_funding() -> None:
    got = _claims(WAR + "Donors pledged $3 million to the Commission's budget for relief.")
    assert [c[3] for c in got if c[0] == "$3 million"] == ["funding"]
    got = _claims(WAR + "The army's budget for 2009 was $400 million in military aid from donors.")
    assert [c[3:] for c in got if c[0] == "$400 million"] == [("funding", "military aid")]
