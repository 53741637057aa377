"""The shortcut of session 10's speed18 agrees with the long way it replaces (generated input; our own words).

extract/dateexpr.py `may_hold_expression`: a sentence whose word set rules out every date expression is not
scanned. Where it rules a sentence out, _EXPR (the full regex, run over the whole sentence) finds nothing; and
`_expressions_in` (with the test) finds the same matches as `_scanned` (the scan without it) everywhere.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.dateexpr import _EXPR, _expressions_in, _scanned, may_hold_expression
from extract.rx import lowered

# Words of date expressions and their near misses (heads of longer words, words that start one only beside
# another), plain report words, digits, years and separators.
_DATE_WORDS = ["in", "on", "the", "of", "for", "over", "during", "after", "since", "by", "from", "between", "to",
               "at", "so", "far", "date", "last", "this", "early", "late", "mid", "mid-", "earlier", "later", "past",
               "previous", "same", "period", "first", "night", "weekend", "week", "weeks", "month", "months", "year",
               "years", "day", "days", "hours", "ago", "today", "tonight", "now", "yesterday", "overnight",
               "morning", "evening", "Monday", "Sunday's", "Tuesday", "May", "March", "Mar.", "Sept.", "Sep",
               "June,", "dec", "Marines", "Mayors", "decades", "junior", "Janet", "two", "five", "several", "a",
               "couple of", "throughout", "war", "start", "fighting", "attack", "single", "its", "has", "had"]
_PLAIN = ["soldiers", "were", "killed", "people", "said", "officials", "and", "houses", "near", "border", "police",
          "fled", "more", "than", "about"]
_NUMS = ["3", "12", "31", "3rd", "21st", "1,500", "1999", "2016", "2099", "1899", "2100", "20166", "3-5", "3 to 5",
         "3 and 5", "4th"]
_SEPS = [" ", " ", " ", ", ", ". ", " - ", "-", ",", "\n", "  "]


@st.composite
def _sentence(draw) -> str:
    """Words of dates, of reports and numbers, joined by spaces and punctuation."""
    words = draw(st.lists(st.sampled_from(_DATE_WORDS + _PLAIN + _NUMS), min_size=1, max_size=12))
    out = words[0]
    for w in words[1:]:
        out += draw(st.sampled_from(_SEPS)) + w
    return out


@settings(max_examples=400, deadline=None)
@given(_sentence())
@example("Between 3 and 5 decades of rule")  # a span of days with no \b after its month: _EXPR matches
@example("3-5 Marines were hurt")
@example("soldiers were killed in 2016")
@example("police said 12 people fled")
def test_ruled_out_sentence_has_no_expression(sentence: str) -> None:
    """A sentence may_hold_expression rules out has no match of _EXPR; with or without the test, the same matches."""
    low = lowered(sentence)
    if not may_hold_expression(sentence, low):
        assert _EXPR.search(sentence) is None
    fast = [(m.start(), m.end(), m.lastgroup) for m in _expressions_in(sentence, low)]
    slow = [(m.start(), m.end(), m.lastgroup) for m in _scanned(sentence, low)]
    assert fast == slow


def test_the_test_rules_out_sentences_without_date_words() -> None:
    """The shortcut does something: a sentence of plain report words and counts is ruled out, one with a date not."""
    assert not may_hold_expression("Police said 12 people fled the town.", "police said 12 people fled the town.")
    assert may_hold_expression("Police said 12 people fled on Monday.", "police said 12 people fled on monday.")
    assert may_hold_expression("3-5 Marines were hurt", "3-5 marines were hurt")  # a digit before a month's head
    assert may_hold_expression("Soldiers killed in 2016", "soldiers killed in 2016")  # a year
    # a sentence that cannot be lower-cased safely, or not ASCII, is always scanned
    assert may_hold_expression("Police said 12 people fled.", None)
    assert may_hold_expression("Police said 12 people fled – officials.", "police said 12 people fled – officials.")
