"""The kind of another number of the sentence: what extract/partof.py and the modules of parts, restatements and
bare counts answer with (`Kind`: a measure, subject and side), asked of extract/classify.py (`_again`) for the
nearest number before (`previous`). extract/partof.py re-exports these names for the modules that import them there.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extract.context import SentenceContext
from extract.docnumbers import counts_in
from extract.numwords import SCALES, SMALL, TENS
from extract.records import Quantity
from extract.wordset import fold_pattern, folded


class Kind(NamedTuple):
    """What extract/classify.py finds (a Classification without its event words; a tuple is cheaper to make)."""

    measure: str
    subject: str
    side: str


def _again(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """The classification of another number (extract/classify.py, imported here late: it imports this module)."""
    from extract.classify import classify_kind

    return classify_kind(ctx, q, depth)


def previous(ctx: SentenceContext, q: Quantity, depth: int, reach: int = 160) -> Kind | None:
    """The classification of the nearest number before `q` in its sentence, at most `reach` characters before."""
    if not _COUNT_BEFORE_FOLDED.search(folded(ctx.text), ctx.start, q.char_start):  # (_COUNT_BEFORE, faster)
        return None
    before = counts_in(ctx.text[ctx.start : q.char_start], ctx.start)
    if not before:
        return None
    p = before[-1]
    shifted = p.shifted(ctx.start)
    gap = ctx.text[shifted.char_end : q.char_start]
    if len(gap) > reach:
        return None
    return _again(ctx, shifted, depth + 1)


# A digit or a number word: a number may stand there (numwords holds the words; plural scales are vague counts).
_COUNT_BEFORE = re.compile(r"\d|\b(?:" + "|".join(sorted((*SMALL, *TENS), key=len, reverse=True)) + "|"
                           + "|".join(f"{w}s?" for w in SCALES) + r"|dozens?|scores)\b", re.IGNORECASE)
_FOLDED = fold_pattern(_COUNT_BEFORE)
assert _FOLDED is not None  # (its letters are all ASCII)
_COUNT_BEFORE_FOLDED: re.Pattern[str] = _FOLDED
