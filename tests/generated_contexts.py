"""Every number of generated articles in two sentence contexts: one sharing a per-document memo, one fresh.

For tests that a stage's per-sentence caches change nothing (tests/test_dates.py, tests/test_places.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from counterclaim.corpus import generate_articles
from extract.context import Section, SentenceContext
from extract.numbers import find_quantities
from extract.records import Quantity
from extract.sentences import split_sentences


def memo_and_fresh_contexts(docs: int = 30, *, seed: int = 13, published: bool = True
                            ) -> Iterator[tuple[SentenceContext, SentenceContext, Quantity]]:
    """(context with the document's memo, the same context without one, the number) for each number."""
    for article in generate_articles(docs, seed=seed):
        text = article["text"]
        pub = date.fromisoformat(article["published"][:10]) if published else None
        spans = tuple(split_sentences(text, 0, len(text)))
        memo: dict = {}
        for q in find_quantities(text):
            inside = [i for i, (s, e) in enumerate(spans) if s <= q.char_start and q.char_end <= e]
            if inside:
                args = (text, spans, inside[0], Section("body", 0, len(text)), pub, None)
                yield SentenceContext(*args, memo=memo), SentenceContext(*args), q
