"""Session 22: exchange rates of currencies the claim layer's table does not list, named by their word before the
rate ("the bolivar slides to 38 to the dollar"), coded by CLDR's history for the report's day (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from extract import extract_claims
from extract.currencies import currency_of_word

_WAR = "Troops fired on rioters and the war went on. "


def _rates(sentence: str, published: date | None) -> list[tuple[str, str]]:
    claims = extract_claims("Markets\n\n" + _WAR + sentence, published=published)
    return [(c.number_text, c.subject) for c in claims if c.measure == "rate"]


@pytest.mark.parametrize("sentence, published, want", [
    ("Venezuela's bolivar slid to about 38 to the dollar on Friday.", date(1989, 3, 3), [("38", "VEB per USD")]),
    ("The bolivar had been held at 14.50 to the dollar until last month.", date(1989, 3, 3),
     [("14.50", "VEB per USD")]),
    ("The bolivar weakened to 36 to the dollar.", date(2024, 5, 1), [("36", "VES per USD")]),
    ("The sucre closed at 2,480 to the dollar.", date(1995, 2, 1), [("2,480", "ECS per USD")]),
    ("The kip ended at 21,000 to the dollar.", date(2023, 1, 5), [("21,000", "LAK per USD")]),
])
def test_a_currency_named_by_its_word_is_coded_for_the_reports_day(sentence, published, want):
    assert _rates(sentence, published) == want


def test_a_word_that_names_no_currency_keeps_its_word():
    assert _rates("The florp closed at 12 to the dollar.", date(2020, 1, 1)) == [("12", "florp per USD")]


def test_a_rate_in_business_news_of_no_war_is_no_claim():
    claims = extract_claims("Markets\n\nThe bolivar slid to 38 to the dollar as oil prices fell.",
                            published=date(1989, 3, 3))
    assert [c for c in claims if c.measure == "rate"] == []


@pytest.mark.parametrize("word, on, code", [
    ("bolívar", date(1990, 1, 1), "VEB"),
    ("bolivars", None, "VES"),
    ("sucres", date(1995, 1, 1), "ECS"),
    ("sucre", None, None),  # (no longer in use)
    ("dollar", None, None),  # (ends the names of many currencies)
    ("franc", date(1990, 1, 1), None),
    ("won", None, None),  # (an English word: never a currency alone)
])
def test_currency_of_word(word, on, code):
    assert currency_of_word(word, on) == code


@given(st.text(max_size=30), st.one_of(st.none(), st.dates()))
def test_currency_of_word_takes_any_text(word, on):
    got = currency_of_word(word, on)
    assert got is None or (len(got) == 3 and got.isupper())


# --- money from an emergency fund in a report of a war; a force's size in quotation marks


def test_a_sum_from_an_emergency_fund_in_a_report_of_war_is_funding():
    text = ("Report\n\nSoldiers shot dead 30 protesters at the palace during the uprising. The UN team has released "
            "$500,000 from its emergency funds for medical supplies.")
    assert [(c.number_text, c.measure) for c in extract_claims(text) if c.measure == "funding"] == [
        ("$500,000", "funding")]


def test_a_sum_from_a_companys_funds_is_no_claim():
    text = "Report\n\nThe company released $500,000 from its contingency funds for a new factory."
    assert extract_claims(text) == []


def test_a_forces_size_may_stand_in_quotation_marks():
    text = ('Report\n\nTroops fired on the crowd. A rebel spokesman said only 10 of its men had died and that its '
            'force of "about 400" was intact.')
    got = {c.number_text: (c.measure, c.qualifier) for c in extract_claims(text)}
    assert got["400"] == ("forces", "approx")
