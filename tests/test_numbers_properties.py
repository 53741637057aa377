"""Property tests of the number layer: generated phrases round-trip, and nothing ever raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

from extract import find_quantities

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
    text = f"Between {wa} and {wb} tanks were seen."
    qs = [q for q in find_quantities(text) if q.kind == "number"]
    assert [(q.low, q.high, q.value, q.qualifier) for q in qs] == [(a, b, (a + b) / 2, "range")]


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
])


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
