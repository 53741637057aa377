"""The shortcuts of session 14's speed25 agree with the long way they replace (generated input; our own words).

- extract/context.py per_sentence: a sentence's answers kept in its share of the document's memo (the context's
  `cache` slot), keyed by the helper alone, instead of under (helper, sentence index, arguments) in the memo itself.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.context import Section, SentenceContext, per_sentence

_SENTENCES = ["Two were hurt.", "The army said 40 died.", "Nobody knows.", "", "Three.", "A B C."]


def _document(picks: list[int]) -> tuple[str, tuple[tuple[int, int], ...]]:
    text, spans = "", []
    for i in picks:
        s = len(text)
        text += _SENTENCES[i]
        spans.append((s, len(text)))
        text += " "
    return text, tuple(spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(_SENTENCES) - 1), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.integers(0, 2)), max_size=30))
def test_per_sentence_asks_once_per_sentence_and_arguments(picks: list[int], asks: list[tuple[int, bool, int]]) -> None:
    """Whatever order the sentences are asked in, through whichever context of a sentence (the orchestrator's, or
    one made again by `replace`), a helper answers what it answers without the memo, and works each (sentence,
    arguments) out once: the keys the memo held before."""
    text, spans = _document(picks)
    sec = Section("body", 0, len(text))
    one_calls: list[int] = []
    two_calls: list[tuple[int, tuple]] = []

    @per_sentence
    def one(ctx: SentenceContext) -> str:
        if ctx.memo is not None:
            one_calls.append(ctx.index)
        return ctx.sentence.upper()

    @per_sentence
    def two(ctx: SentenceContext, *args: int) -> str:
        if ctx.memo is not None:
            two_calls.append((ctx.index, args))
        return f"{ctx.sentence}|{args}"

    memo: dict = {}
    made = [SentenceContext(text, spans, i, sec, None, None, memo) for i in range(len(spans))]
    for i, again, extra in asks:
        i %= len(spans)
        ctx = replace(made[0], index=i) if again else made[i]
        bare = SentenceContext(text, spans, i, sec, None, None)
        assert one(ctx) == one.uncached(bare) == one(bare)
        args = tuple(range(extra))
        assert two(ctx, *args) == two.uncached(bare, *args)
    asked = [(i % len(spans), tuple(range(extra))) for i, _, extra in asks]
    assert len(one_calls) == len({i for i, _ in asked})
    assert len(two_calls) == len(set(asked))


def test_helpers_keep_apart_in_one_sentence() -> None:
    """Two helpers of one sentence keep their own answers (the key is the helper), and a context without a memo
    has no cache."""

    @per_sentence
    def first(ctx: SentenceContext) -> str:
        return "first"

    @per_sentence
    def second(ctx: SentenceContext) -> str:
        return "second"

    text = "One. Two."
    memo: dict = {}
    ctx = SentenceContext(text, ((0, 4), (5, 9)), 1, Section("body", 0, len(text)), None, None, memo)
    assert (first(ctx), second(ctx), first(ctx)) == ("first", "second", "first")
    assert ctx.cache is not None and set(ctx.cache) == {first.uncached, second.uncached}
    assert SentenceContext(text, ((0, 4), (5, 9)), 1, Section("body", 0, len(text)), None, None).cache is None
