"""Property tests of the number layer: generated phrases round-trip, nothing ever raises, and every shortcut gives
what the long way gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

from extract import find_quantities
from extract import numdigits as D
from extract import numfigures as NF
from extract import numkinds as K
from extract import numqualifiers as Q
from extract import numranges as R
from extract import numscan as S
from extract import numunits as U
from extract.rx import first_chars

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
counts = st.integers(min_value=0, max_value=999_999_999)
templates = st.sampled_from([
    "Officials said {} people were hurt.",
    "The monitor counted {} bodies near the river.",
    "{} trucks crossed the border.",
    "Rebels destroyed {} armoured vehicles, activists said.",
])


def count_values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text) if q.kind == "number"]


@SETTINGS
@given(n=counts, template=templates)
def test_digits_round_trip(n, template):
    assert count_values(template.format(n)) == [n]


@SETTINGS
@given(n=counts, template=templates)
def test_thousands_separators_round_trip(n, template):
    assert count_values(template.format(f"{n:,}")) == [n]


@SETTINGS
@given(n=counts, template=templates)
def test_words_round_trip(n, template):
    words = num2words(n)
    text = template.format(words[0].upper() + words[1:] if template.startswith("{}") else words)
    assert count_values(text) == [n], words


@SETTINGS
@given(whole=st.integers(0, 99_999), frac=st.integers(1, 99))
def test_decimals_round_trip(whole, frac):
    text = f"The index rose to {whole}.{frac:02d} points."
    assert [q.value for q in find_quantities(text)] == [float(f"{whole}.{frac:02d}")]


@SETTINGS
@given(a=st.integers(0, 100_000), gap=st.integers(1, 100_000), words=st.booleans())
def test_between_gives_range(a, gap, words):
    b = a + gap
    wa, wb = (num2words(a), num2words(b)) if words else (f"{a:,}", f"{b:,}")
    # "between two and ten thousand" is 2,000-10,000: a bare word before a scale word shares the scale
    # (test_a_scale_word_is_shared_across_between); that is not the round trip this property states
    assume(not (words and wb.endswith(("thousand", "million")) and not wa.endswith(("thousand", "million"))
                and "thousand" not in wa and "million" not in wa))
    text = f"Between {wa} and {wb} tanks were seen."
    qs = [q for q in find_quantities(text) if q.kind == "number"]
    assert [(q.low, q.high, q.value, q.qualifier) for q in qs] == [(a, b, (a + b) / 2, "range")]


@pytest.mark.parametrize("text, low, high", [
    ("Between two and ten thousand tanks were seen.", 2000, 10000),
    ("Between one and twenty-five thousand people fled.", 1000, 25000),
    ("Between 2 and 10,000 tanks were seen.", 2, 10000),  # digits share nothing
])
def test_a_scale_word_is_shared_across_between(text, low, high):
    assert [(q.low, q.high) for q in find_quantities(text)] == [(low, high)]


@SETTINGS
@given(n=counts, phrase=st.sampled_from(["at least", "At least", "more than", "no less than", "over"]))
def test_at_least_gives_low_bound(n, phrase):
    qs = [q for q in find_quantities(f"Medics said {phrase} {n} people died.") if q.kind == "number"]
    assert [(q.low, q.high, q.value, q.qualifier) for q in qs] == [(n, None, n, "at_least")]


@SETTINGS
@given(n=counts, phrase=st.sampled_from(["up to", "nearly", "almost", "fewer than"]))
def test_at_most_gives_high_bound(n, phrase):
    qs = [q for q in find_quantities(f"Medics said {phrase} {n} people died.") if q.kind == "number"]
    assert [(q.low, q.high, q.value, q.qualifier) for q in qs] == [(None, n, n, "at_most")]


def _check_spans(text: str) -> None:
    qs = find_quantities(text)
    last_end = 0
    for q in qs:
        assert 0 <= q.char_start < q.char_end <= len(text)
        assert text[q.char_start : q.char_end] == q.surface
        assert q.char_start >= last_end  # in text order, never overlapping
        last_end = q.char_end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_never_raises_and_spans_hold(text):
    _check_spans(text)


fragments = st.sampled_from([
    "at least ", "between ", " and ", " to ", "-", "–", "\u00a0", "\u2011", "$", "€", "%", "+", ":", ",", ".",
    "May ", " 2016", "1", "23", "580", "1,000", "12 500", "seven", "twenty", "-three", "hundred", "million",
    " a ", "half ", "dozen", "dozens", "tens of thousands", "one", "no one", " km", "-ton", "-year-old", " GMT",
    "#", "@x", "http://a.com/", "\n", "1.", "’s", "“", "”", " people", " tanks", "T-", "mid-", "s",
    # letters IGNORECASE matches with ASCII ones: "thousandſ" once raised KeyError
    "thousand\u017f", "\u0130", "\u0131", "\u212a", "hundred\u017f",
])


@pytest.mark.parametrize("text", ["tens of thousand\u017f", "\u0130 thousand\u017f", "hundred\u017f of people"])
def test_letters_matched_case_insensitively_do_not_raise(text):
    _check_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(fragments, max_size=14).map("".join))
def test_number_like_text_never_raises_and_spans_hold(text):
    _check_spans(text)


small = st.integers(min_value=1, max_value=99)


@settings(max_examples=60, deadline=None)
@given(a=small, b=small, word=st.booleans())
def test_n_in_m_is_the_ratio_a_over_b(a, b, word):
    """"A in B adults" (digits or words, A <= B) is one ratio A/B."""
    a, b = min(a, b), max(a, b)
    phrase = f"{num2words(a)} in {num2words(b)}" if word else f"{a} in {b}"
    found = [q for q in find_quantities(f"Surveys show {phrase} adults agree.") if q.kind == "number"]
    assert [(q.surface, q.unit) for q in found] == [(phrase, "ratio")]
    assert abs(found[0].value - a / b) < 1e-9


@settings(max_examples=60, deadline=None)
@given(a=st.integers(min_value=0, max_value=15), b=st.integers(min_value=0, max_value=15),
       noun=st.sampled_from(["win", "defeat", "draw", "victory"]))
def test_a_score_before_a_game_noun_is_one_score(a, b, noun):
    text = f"The hosts sealed a {a}-{b} {noun} on Sunday."
    assert [(q.surface, q.kind) for q in find_quantities(text)] == [(f"{a}-{b}", "score")]


@settings(max_examples=60, deadline=None)
@given(h=st.integers(min_value=1, max_value=12), m=st.integers(min_value=0, max_value=59), pm=st.booleans())
def test_clock_times_are_hours_of_the_day(h, m, pm):
    text = f"The ferry left at {h}:{m:02d} {'p.m.' if pm else 'a.m.'} sharp."
    (q,) = find_quantities(text)
    want = h % 12 + m / 60 + (12 if pm else 0)
    assert q.kind == "time" and abs(q.value - want) < 1e-9


# Shortcuts of the number layer (numbers.py, numscan.py, numkinds.py, numqualifiers.py, numranges.py,
# numunits.py): each one must give what the long way gives, on generated text around numbers.

around = st.sampled_from([
    " ", "  ", "\u00a0", "\n", "\t", "-", "\u2011", "–", "—", ".", ",", ";", ":", ")", "(", "/", "+", "%", " %",
    "'", "’", "#", "@", "=", "_", "~", "°", "²", "K", "ſ", "ı", "İ", "$", "US$", "€", "£", "0", "1", "7", "12", "2016",
    "0600", "1,2", "1,000", "3.5", "a", "p", "o", "s", "m", "k", "bn", "th", "st", "'s", "o'clock", "a.m.", "pm", "x", "Z",
    " km", "km", " m", "m ", " mm", " C", "C", "F", " degrees Celsius", " per cent", " percent", " pct.", " tons",
    " metric tonnes", " dollars", " USD", "USD", "SYP", " S.P.", " Syrian pounds", " pounds sterling", " pounds",
    " lbs", " roubles", " EUR", " euros", " miles", " nautical miles", " feet", " yards", " seconds", " hours",
    " hrs", " days", " weeks", " months", " years", " years old", " year-old", " years of age", " light years",
    " decades", " kg", " sq km", " square miles", " hectares", " km/h", " mph", " knots", " litres", " storey",
    "-storey", " magnitude", " GMT", " UTC", " local time", " or more", " or so", "-odd", " odd", " plus",
    " and counting", " at most", " or fewer", " hundred", " thousand", " million", " billion", " May", " of May",
    " June 2016", "-12th", " people", " tanks", " were", " in", " the", " to the dollar", " per US dollar",
    " against the euro", " dollar fetched ", " hryvnias", " kyats", " at least", " nearly", " about", " over",
    " some", " than", " took over", " toll passed", " Base", " aged", " children under", " No.", "T-", "MH",
    "mid-", "www.", ".com", "x@y.org", "http://a.b/c", "Mr", " Okafor", ", 34,", " minister", "\u2009", "\u202f",
])
texts = st.lists(around, min_size=1, max_size=12).map("".join)
SHORTCUT = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(m):
    """Span, last group and the spans of the groups that took part (a cut alternation has fewer groups)."""
    if m is None:
        return None
    return m.span(), m.lastgroup, {k: m.span(k) for k in m.groupdict() if m.span(k) != (-1, -1)}


@SHORTCUT
@given(texts)
def test_unit_table_cut_by_first_character_is_the_whole_table(text):
    for e in range(len(text) + 1):
        m = U._UNIT_RE.match(text, e)
        whole = None if m is None or m.lastgroup is None else (*U._UNIT_RULES[int(m.lastgroup[1:])][:2], m.end())
        assert U.unit_after(text, e) == whole, (text, e)


@SHORTCUT
@given(texts)
def test_candidate_forms_cut_by_first_character_are_the_whole_alternation(text):
    for i in range(len(text) + 1):
        assert _spans(S.cand_match(text, i)) == _spans(S.CAND.match(text, i)), (text, i)


@SHORTCUT
@given(texts)
def test_plain_number_shortcut_is_the_general_path(text):
    for p in range(len(text)):
        m = S.PLAIN_NUMBER.match(text, p)
        if m is None or not text[p].isdecimal() or not (p == 0 or text[p - 1] in S.TOKEN_SEPARATORS):
            continue
        assert S.masked_token(text, p) is None, (text, p)
        assert _spans(m) == _spans(S.CAND.match(text, p)), (text, p)


@SHORTCUT
@given(texts)
def test_gates_before_regexes_never_skip_a_match(text):
    dollar = U.mentions_dollar(text)
    for e in range(len(text) + 1):
        assert Q.qualifier_after(text, e) == ((m := Q._QUAL_AFTER.match(text, e)) and m.lastgroup), (text, e)
        if not D._day_month_may_follow(text, e):
            assert D.DAY_MONTH_AFTER.match(text, e) is None, (text, e)
        if e < len(text) and text[e] in NF._SCALE_GAP and not NF._scale_may_follow(text, e + 1):
            assert NF._SCALE_AFTER.match(text, e) is None, (text, e)
        if not R._range_gap_may_follow(text, e):
            assert all(R._RANGE_GAP.fullmatch(text, e, b) is None for b in range(e, len(text) + 1)), (text, e)
        if text[e : e + 1] not in NF._ABBR_FIRST:
            assert NF._ABBR_AFTER.match(text, e) is None, (text, e)
        if text[e : e + 1] not in D._ORDINAL_FIRST:
            assert D._ORDINAL_AFTER.match(text[e : e + 3]) is None, (text, e)
        if not dollar:
            assert U.RATE_AFTER.match(text, e) is None and U.RATE_BEFORE.search(text[:e]) is None, (text, e)
        before = text[max(0, e - 12) : e]
        if before and before[-1] not in "DPBR":
            assert D._FUSED_CODE.search(before) is None
        if before and not (before[-1] == "-" or before[-1].isalnum()):
            assert D._FUSED_NAME.search(before) is None
            assert D._YEAR_PREFIX.search(before) is None
        words, fused = K.tail(text, e)
        if words and not fused and words[-1].lower().lstrip(K._LEAD_PUNCT) in Q._QUALIFIER_LAST:
            assert Q._qualifier_of(tuple(words)) == Q._qualifier_of.__wrapped__(tuple(words))


@SHORTCUT
@given(texts)
def test_first_characters_of_the_unit_rules_hold(text):
    for _, unit, rx in U._UNIT_RULES:
        pattern = rx if unit in U._CASED else f"(?i:{rx})"
        first = first_chars(pattern)
        assert first is not None
        for i in range(len(text)):
            if re.compile(pattern).match(text, i):
                assert text[i] in first, (pattern, text, i)


