"""Shortcuts of the number layer added for speed (round 3): each gives what the long way gives, on generated text.

The text is built from pieces chosen to reach every branch of the shortcut (digits, commas, points, colons,
white space of several kinds, "a.m.", "o'clock", URLs, punctuation, unit words, non-ASCII letters).
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import numkinds as K
from extract import numscan as S
from extract import numunits as U
from extract.records import Quantity

pieces = st.sampled_from([
    " ", "  ", "\u00a0", "\u202f", "\u2009", "\n", "\t", "\x1c", "-", "\u2011", "–", ".", ",", ",,", ";", ":", ")",
    "(",
    "/", "+", "%", "'", "’", "#", "@", "=", "_", "~", "$", "€", "0", "1", "7", "12", "2016", "0600", "1,2", "1,000",
    "3.5", "٣", "²", "a", "A", "p", "P", "o", "O", "m", "am", "a.m.", "pm", "p.m", "o'clock", "o’", "x", "é", "ſ",
    "K", "one", "six", "ten", "often", "someone", "Seven", "thousand", "half", "dozens", "_two", "two_", "twoé",
    "people", " people", " km", " per cent", " tons", " dollars", " Syrian pounds", " years old", " May",
    " killed", "www.", ".com", "x@y.org", "http://a.b/c", "!", "?", '"', "officials said",
])
texts = st.lists(pieces, min_size=1, max_size=14).map("".join)
SHORTCUT = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _old_tail(text: str, s: int) -> tuple[list[str], bool]:
    """numkinds.tail as it was first written: split the whole window, drop a cut word, keep the last six (the window
    starting after a line break in it, which ends a phrase: session 10)."""
    lo = max(0, s - 48, text.rfind("\n", 0, s) + 1)
    chunk = text[lo:s]
    words = chunk.split()
    if lo > 0 and words and not chunk[0].isspace() and not text[lo - 1].isspace():
        words = words[1:]
    return words[-6:], bool(chunk) and not chunk[-1].isspace()


@SHORTCUT
@given(texts, st.integers(min_value=0, max_value=60))
def test_tail_keeps_the_last_six_words_as_the_full_split_does(text, pad):
    text = "w " * pad + text  # long enough, at times, for the 48-character window to cut a word
    for s in range(len(text) + 1):
        assert K.tail.__wrapped__(text, s) == _old_tail(text, s), (text, s)


@SHORTCUT
@given(texts)
def test_plain_digit_run_is_plain_number(text):
    for p in range(len(text)):
        if not (p == 0 or text[p - 1] in S.TOKEN_SEPARATORS):
            continue  # where numbers.py asks (as for PLAIN_NUMBER)
        fast = S.PLAIN_DIGIT_RUN.match(text, p)
        if fast is None:
            continue
        m = S.PLAIN_NUMBER.match(text, p)
        assert m is not None, (text, p)
        assert m.span() == fast.span() == m.span("dig"), (text, p)
        assert m.group("sign") is None and m.group("cur") is None, (text, p)


@SHORTCUT
@given(texts)
def test_ascii_hot_spot_patterns_find_what_the_unicode_ones_find(text):
    if not text.isascii():
        return
    low = text.lower()
    assert [m.span() for m in S.HOT_WORD_ASCII.finditer(low)] == [m.span() for m in S.HOT_WORD.finditer(low)]
    for i in range(len(low) + 1):
        a, u = S.HOT_CHAR_ASCII.search(low, i), S.HOT_CHAR.search(low, i)
        assert (a and a.span()) == (u and u.span()), (text, i)


@SHORTCUT
@given(texts)
def test_no_unit_word_rate_or_word_starts_with_the_punctuation_number_kind_stops_at(text):
    for e in range(len(text)):
        if text[e] in K.PUNCT_AFTER:
            assert U.unit_after(text, e) is None, (text, e)
            assert U.RATE_AFTER.match(text, e) is None, (text, e)
            assert U.quantulum_unit(text, e) is None, (text, e)
            assert not text[e].isalpha()


def test_no_unit_rule_starts_with_that_punctuation():
    """Beyond the generated texts: no unit rule's first character is among them at all."""
    from extract.rx import first_chars

    for _, unit, rx in U._UNIT_RULES:
        first = first_chars(rx if unit in U._CASED else f"(?i:{rx})")
        assert first is not None and not (set(first) & K.PUNCT_AFTER), rx
    assert re.match(U._WORD_AFTER, ",") is None


@settings(max_examples=100, deadline=None)
@given(value=st.floats(allow_nan=False), low=st.none() | st.floats(allow_nan=False), start=st.integers(0, 10**6),
       surface=st.text(max_size=8), kind=st.sampled_from(["number", "date", "name"]))
def test_quantity_made_through_the_mirror_class_is_the_record(value, low, start, surface, kind):
    args = (value, low, None, "exact", "count", surface, start, start + 1, kind)
    q = S.new_quantity(*args)
    assert S.new_quantity is not Quantity  # the fast maker is in use (else this test proves nothing)
    assert type(q) is Quantity and q == Quantity(*args) and hash(q) == hash(Quantity(*args))
    assert q.to_dict() == Quantity(*args).to_dict()


@SHORTCUT
@given(texts)
def test_hot_char_search_reads_the_plain_number_where_plain_digit_run_does(text):
    text = "".join(c for c in text if c.isascii())
    low = text.lower()
    for pos in range(len(text) + 1):
        c, u = S.HOT_CHAR_PLAIN_ASCII.search(low, pos), S.HOT_CHAR.search(low, pos)
        assert (c and c.start()) == (u and u.start()), (text, pos)
        if c is None:
            continue
        p = c.start()
        plain = (text[p].isdecimal() and (p == 0 or text[p - 1] in S.TOKEN_SEPARATORS)
                 and S.PLAIN_DIGIT_RUN.match(text, p))
        if plain:
            assert c.lastgroup == "plain" and c.span() == plain.span(), (text, pos)
        else:
            assert c.lastgroup is None and c.span() == u.span(), (text, pos)


@SHORTCUT
@given(texts)
def test_dollar_named_in_an_ascii_text_is_mentions_dollar(text):
    text = "".join(c for c in text if c.isascii()) + " US$ euro Dollar"[: len(text) % 17]
    assert U.dollar_named(text.lower()) == U.mentions_dollar.__wrapped__(text)
