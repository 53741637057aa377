"""Money in the world's currencies (extract/currencies.py): a money quantity with the lower-case ISO code as its
unit, by name, plural, code before or after, sign, and "lakh"/"crore"; and a funding claim wherever the same
sentence in US dollars is one. Words that are English too ("won", "rand", "mark", "pound") stay what they were."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_claims, find_quantities
from extract.currencies import CODE_BEFORE, ENGLISH_CODES, NAMED_ONLY, code_words, codes, names
from extract.money import MONEY_UNITS
from extract.vocab import UNITS
from tests.number_probe import only


@pytest.mark.parametrize(("text", "surface", "unit", "value"), [
    ("The ICRC appealed for 5 million Swiss francs for the displaced.", "5 million", "chf", 5e6),
    ("They paid 200 Swiss franc notes.", "200", "chf", 200),
    ("China gave 30 million yuan to the province.", "30 million", "cny", 3e7),
    ("China gave 30 million renminbi to the province.", "30 million", "cny", 3e7),
    ("Sweden gave 200 million kronor to the agency.", "200 million", "sek", 2e8),
    ("Norway gave 300 million Norwegian kroner to the agency.", "300 million", "nok", 3e8),
    ("Denmark gave 40 million Danish kroner to the agency.", "40 million", "dkk", 4e7),
    ("The fund holds 40 million kroner.", "40 million", "nok", 4e7),
    ("The UN asked for CHF 12 million last week.", "12 million", "chf", 1.2e7),
    ("The UN asked for 12 million CHF last week.", "12 million", "chf", 1.2e7),
    ("Norway gave NOK 300 million to the agency.", "300 million", "nok", 3e8),
    ("Japan gave ¥2 billion to the agency.", "¥2 billion", "jpy", 2e9),
    ("Japan gave 2 billion yen to the agency.", "2 billion", "jpy", 2e9),
    ("Beijing gave ¥2 billion, some 300 million yuan less than last year.", "¥2 billion", "cny", 2e9),
    ("India sent Rs 50 crore to the state.", "50 crore", "inr", 5e8),
    ("India sent Rs. 3 lakh to each family.", "3 lakh", "inr", 3e5),
    ("India sent 20 crore rupees to the state.", "20 crore", "inr", 2e8),
    ("Seoul gave 50 million won to the agency.", "50 million", "krw", 5e7),
    ("Seoul gave 50 million South Korean won to the agency.", "50 million", "krw", 5e7),
    ("Pretoria gave 9 million South African rand to the agency.", "9 million", "zar", 9e6),
    ("Brazil gave 5 million reais to the agency.", "5 million", "brl", 5e6),
    ("Mexico gave 8 million Mexican pesos to the agency.", "8 million", "mxn", 8e6),
    ("Ottawa gave 12 million Canadian dollars to the agency.", "12 million", "cad", 1.2e7),
    ("Israel paid 40 million shekels to the contractor.", "40 million", "ils", 4e7),
])
def test_currency_forms(text: str, surface: str, unit: str, value: float) -> None:
    q = only(text, surface)
    assert (q.unit, q.value, q.kind) == (unit, value, "number")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("South Korea won 3 medals at the games.", "3", "count"),
    ("The team of six won 4 golds.", "4", "count"),
    ("He kept a 5 mark coin from his grandfather.", "5", "count"),
    ("The Rand Corporation's 2 reports were read widely.", "2", "count"),
    ("The parcel weighed 3 pounds.", "3", "pound"),
    ("ALL 5 were rescued from the mine.", "5", "count"),
    ("TOP 10 films of the year.", "10", "count"),
    ("The 3 Swiss climbers reached the top.", "3", "count"),
    ("The floods displaced 5 lakh people.", "5 lakh", "count"),
])
def test_words_that_are_no_currency(text: str, surface: str, unit: str) -> None:
    assert only(text, surface).unit == unit


@pytest.mark.parametrize(("dollars", "other", "unit"), [
    ("The ICRC appealed for $5 million to help the displaced in the war.",
     "The ICRC appealed for 5 million Swiss francs to help the displaced in the war.", "chf"),
    ("Japan pledged $2 billion in aid for refugees of the war.",
     "Japan pledged ¥2 billion in aid for refugees of the war.", "jpy"),
    ("China gave $30 million in aid to the war-hit province.",
     "China gave 30 million yuan in aid to the war-hit province.", "cny"),
    ("India sent $50 million in aid to the war victims.", "India sent Rs 50 crore in aid to the war victims.", "inr"),
    ("Sweden pledged $200 million in humanitarian aid for Ukraine.",
     "Sweden pledged 200 million kronor in humanitarian aid for Ukraine.", "sek"),
    # (a code before the sum is read as "USD 12 million" is: extract/appeals.py looks for the sum right after "for")
    ("The UN appealed for USD 12 million for the victims of the fighting.",
     "The UN appealed for CHF 12 million for the victims of the fighting.", "chf"),
    ("The UN appealed for $12 million for the victims of the fighting.",
     "The UN appealed for 12 million Swiss francs for the victims of the fighting.", "chf"),
])
def test_funding_as_in_dollars(dollars: str, other: str, unit: str) -> None:
    usd = [(c.measure, c.subject) for c in extract_claims(dollars) if c.unit == "usd"]
    got = [(c.measure, c.subject, c.unit) for c in extract_claims(other) if c.unit == unit]
    assert usd and got == [(m, s, unit) for m, s in usd]


def test_no_funding_without_aid_or_war() -> None:
    assert not [c for c in extract_claims("The museum bought the painting for 5 million Swiss francs.")]
    assert not [c for c in extract_claims("The chef paid 300 kronor for 2 kilos of fish.") if c.unit == "sek"]


def test_exchange_rates_still_rates() -> None:
    assert only("The dollar fetched about 41 hryvnias on Monday.", "41").unit == "ratio"
    assert only("The pound traded at 580 pounds to the dollar.", "580").unit == "ratio"


def test_one_table_for_every_reader() -> None:
    assert {"usd", "syp", "rub", "eur", "gbp", "try", "iqd", "irr", "chf", "cny", "sek", "inr"} <= codes()
    assert codes() <= MONEY_UNITS and codes() <= set(UNITS)
    assert names()["swiss francs"] == "chf" and "won" not in names() and "rand" not in names()
    assert not ENGLISH_CODES & set(code_words())


_CODES = sorted(code_words())
_CODES = [c for c in _CODES if c.isalpha() and c.isupper()]  # the ISO codes ("Rs" is no code) and "RMB"


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(_CODES), digits=st.integers(min_value=2, max_value=999_999),
       scale=st.sampled_from(["", " million", " billion"]), before=st.booleans())
def test_any_code_before_or_after(code: str, digits: int, scale: str, before: bool) -> None:
    amount = f"{digits:,}{scale}"
    text = f"The agency gave {code} {amount} to them." if before else f"The agency gave {amount} {code} to them."
    q = only(text, amount)
    factor = {"": 1, " million": 1e6, " billion": 1e9}[scale]
    # a code written for another ("RMB" for the yuan, currencies.toml code_before) gives the ISO code it stands for
    assert (q.unit, q.value) == (CODE_BEFORE.get(code, code.lower()), digits * factor)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("In Pakistan, a development budget of 45 billion rupees was approved.", "45 billion", "pkr"),
    ("In India, a development budget of 45 billion rupees was approved.", "45 billion", "inr"),
    ("India and Pakistan each spent 45 billion rupees on it.", "45 billion", "inr"),  # the default's country named
    # two others named as often: the first (not the default, whose country is not named: fix9, session 9)
    ("Nepal and Pakistan each spent 45 billion rupees on it.", "45 billion", "npr"),
    ("In Denmark the council gave 40 million kroner.", "40 million", "dkk"),
    ("Jordan gave 5 million dinars to the camps.", "5 million", "jod"),
    ("The families paid 5 million dinars.", "5 million", "iqd"),
    ("In Guinea the budget was 1.9 billion francs.", "1.9 billion", "gnf"),
])
def test_bare_word_by_the_country_named(text: str, surface: str, unit: str) -> None:
    assert only(text, surface).unit == unit


_NAMES = sorted(n for n in names() if n.replace(" ", "").isalpha())  # (not "St. Helena pounds": one word at a time)


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(_NAMES), digits=st.integers(min_value=2, max_value=999_999),
       scale=st.sampled_from(["", " million", " billion"]), title=st.booleans())
def test_any_name_after_an_amount(name: str, digits: int, scale: str, title: bool) -> None:
    amount = f"{digits:,}{scale}"
    written = name.title() if title else name
    q = only(f"The agency gave {amount} {written} to them.", amount)
    expected = names()[name]
    if expected.upper() in NAMED_ONLY and " " not in name:
        expected = "count"  # a bare "francs" where no Swiss franc is named is no chf (NAMED_ONLY: fix9, session 9)
    assert q.unit == expected
