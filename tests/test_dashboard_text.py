"""The dashboard's text helpers: finding a claim's number in its sentence for highlighting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.components import find_number, highlighted_sentence, sentence_offset

WORDS = st.lists(st.sampled_from(["killed", "May", "28:", "people", "the", "2016,", "about", "1,200", "in"]),
                 max_size=8).map(" ".join)
NUMBERS = st.sampled_from(["8", "12", "150", "30+", "580:1", "1,200", "seven and nine"])


def test_number_found_as_a_whole_token_not_inside_another():
    s = "Levant Roundup, November 28: 8 tanks destroyed"
    assert find_number(s, "8") == s.index(": 8") + 2
    assert find_number("Killed 1,200; then 12 more", "12") == len("Killed 1,200; then ")
    assert find_number("no number here", "12") == -1


@settings(max_examples=60)
@given(before=WORDS, after=WORDS, number=NUMBERS)
def test_the_inserted_number_is_the_one_marked(before, after, number):
    sentence = f"{before} {number} {after}".strip()
    start = find_number(sentence, number)
    assert sentence[start:start + len(number)] == number
    # Every occurrence before the one found is glued to another token (or the same standalone token).
    span = highlighted_sentence(sentence, None, None, number)
    assert span.children[1].children == number


@settings(max_examples=60)
@given(prefix=st.text(max_size=40), sentence=st.text(min_size=1, max_size=40), k=st.integers(0, 39))
def test_sentence_offset_points_inside_its_sentence(prefix, sentence, k):
    text = prefix + sentence + prefix
    char_start = len(prefix) + min(k, len(sentence) - 1)
    off = sentence_offset(text, sentence, char_start)
    assert off is not None and 0 <= off < len(sentence)
    assert text[char_start] == sentence[off]
