"""The pieces session 26's review made one: a short count in a date phrase (extract/numwords.small_count) and a span
after the day told (extract/datewords.span_after)."""

from __future__ import annotations

import pytest

from extract.datewords import span_after
from extract.numwords import small_count


@pytest.mark.parametrize("word, value", [("a", 1), ("An", 1), ("one", 1), ("Four", 4), ("seven", 7), ("3", 3)])
def test_small_count_reads_digits_small_words_and_a(word, value):
    assert small_count(word) == value


def test_small_count_refuses_other_words():
    with pytest.raises(KeyError):
        small_count("several")


@pytest.mark.parametrize("text, weeks, months", [
    ("Police detained 40 men in the weeks that followed.", True, False),
    ("Over the next two weeks 300 fled.", True, False),
    ("In the following months, 18,000 were held.", True, True),
    ("in the years after, the toll rose", True, True),
    ("Over the next two months 300 fled.", True, False),  # (counted spans: the weeks' pattern only)
    ("The following day 12 died.", False, False),
])
def test_each_caller_chooses_its_units(text, weeks, months):
    assert (span_after("weeks|months|years", "two|three").search(text) is not None) == weeks
    assert (span_after("months|years").search(text) is not None) == months


@pytest.mark.parametrize("word", ["Issued", "Distributed", "Updated"])
def test_every_opening_participle_of_a_statement_dates_the_statement_not_the_killing(word):
    from datetime import date

    from extract import extract_claims

    text = f"Market attack\n\n{word} at 11:00 on Thursday 30 June 2016. Gunmen killed 12 people at the market, police said."
    [c] = extract_claims(text, published=date(2016, 6, 30))
    assert c.event_date is None  # (the line's day is when the statement went out)
