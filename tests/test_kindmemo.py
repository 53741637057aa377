"""A number's kind asked again is answered from the document's memo only where that answer holds
(extract/kindmemo.py): the claims are those of the long way (no memo), and the depth rule is exact."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import extract.classify as classify_module
from extract.claims import _extract
from extract.context import Section, SentenceContext
from extract.kindmemo import MAX_DEPTH, asked_again
from extract.records import Quantity

# Pieces of sentences dense with the rules that ask for an earlier number's kind: parts ("including"), more
# ("and wounded", "others"), restatements ("or roughly", "bringing the total to"), breakdowns, pointing back.
_PIECES = [
    "12", "40", "five", "dozens", "3,000", "at least 7", "about 200", "killed", "were killed", "wounded",
    "were wounded", "injured", "captured", "displaced", "fled", "destroyed", "people", "civilians", "soldiers",
    "children", "tanks", "rebels", "the army", "government forces", "and", ",", "including", "of them",
    "of whom", "among them", "others", "more", "another", "or roughly", "bringing the total to", "up from",
    "along with", "in Aleppo", "near Homs", "on Monday", "officials said", "police said", "Of these,",
    "in an airstrike", "the toll rose to", "put the figure at", ".", ";", ":",
]


@st.composite
def _documents(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(_PIECES), min_size=3, max_size=18))
        sentences.append(" ".join(words).rstrip(" .") + ".")
    return " ".join(sentences)


@settings(max_examples=120, deadline=None)
@given(_documents())
def test_memo_gives_the_claims_of_the_long_way(text: str) -> None:
    cached = [c.to_dict() for c in _extract(text, date(2016, 5, 2), "Test Wire", cache=True)]
    assert cached == [c.to_dict() for c in _extract(text, date(2016, 5, 2), "Test Wire", cache=False)]


def test_an_earlier_number_is_worked_out_once(monkeypatch) -> None:
    """"including 5 children" and "40 wounded" ask what 12 counts: with the memo, 12 is worked out once."""
    text = "Shelling killed 12 people, including 5 children, and wounded 40 in Aleppo on Monday."
    calls: list[int] = []
    work = classify_module._classify_kind

    def counted(ctx, q, depth):
        calls.append(q.char_start)
        return work(ctx, q, depth)

    monkeypatch.setattr(classify_module, "_classify_kind", counted)
    cached = _extract(text, None, None, cache=True)
    once = list(calls)
    calls.clear()
    plain = _extract(text, None, None, cache=False)
    assert [c.to_dict() for c in cached] == [c.to_dict() for c in plain]
    assert [c.number_text for c in cached] == ["12", "5", "40"]
    assert sorted(once) == sorted(set(once)), once  # each number worked out once
    assert len(calls) > len(once)  # the long way works 12 out again for the numbers after it


# The depth rule, on a question tree of our own: question n asks n - 1 (down to 0), and an answer that met the
# cut (depth MAX_DEPTH) says so, so a wrongly reused answer would show.
def _long_way(n: int, depth: int) -> tuple:
    if depth >= MAX_DEPTH:
        return ("cut", n)
    if n == 0:
        return ("leaf",)
    return ("asks", _long_way(n - 1, depth + 1))


def _quantity(n: int) -> Quantity:
    return Quantity(float(n), float(n), float(n), "exact", "count", str(n), n, n + 1, "number")


def _work(ctx: SentenceContext, q: Quantity, depth: int) -> tuple:
    n = int(q.value)
    if depth >= MAX_DEPTH:
        return ("cut", n)
    if n == 0:
        return ("leaf",)
    return ("asks", asked_again(ctx, _quantity(n - 1), depth + 1, _work))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, MAX_DEPTH + 1)), min_size=1, max_size=12),
       st.booleans())
def test_answers_are_reused_only_where_they_hold(asks: list[tuple[int, int]], without_memo: bool) -> None:
    ctx = SentenceContext(text="x" * 20, sentences=((0, 20),), index=0, section=Section("body", 0, 20),
                          published=None, outlet=None, memo=None if without_memo else {})
    for n, depth in asks:
        assert asked_again(ctx, _quantity(n), depth, _work) == _long_way(n, depth), (n, depth)


def test_a_cut_answer_is_not_kept() -> None:
    memo: dict = {}
    ctx = SentenceContext(text="x" * 20, sentences=((0, 20),), index=0, section=Section("body", 0, 20),
                          published=None, outlet=None, memo=memo)
    assert asked_again(ctx, _quantity(4), 0, _work) == _long_way(4, 0)  # 4 -> 3 -> 2 -> cut at depth 3
    assert asked_again(ctx, _quantity(2), 0, _work) == ("asks", ("asks", ("leaf",)))  # not the cut answer
    kept = {key[-1]: height for key, (_, height) in memo.items()}
    assert 4.0 not in kept and 3.0 not in kept  # their trees met the cut
    assert kept[0.0] == 0 and kept[1.0] == 1
