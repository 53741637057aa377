"""A number's kind asked again in one document: answered once (extract/classify.py `classify_kind`).

extract/partof.py, extract/listitems.py and extract/backcounts.py ask for the kind of an earlier number
("killed 12 people, including 5 children": what 12 counts), one level deeper each time (`depth`), and the
rules stop asking at depth 3 (`MAX_DEPTH`). That earlier number was classified already, at depth 0, when
the orchestrator reached it: its kind is asked for a second time.

Why an answer can be reused: `depth` is only compared with MAX_DEPTH (`depth < 3`, `depth >= 3`) or passed
on as depth + 1. Call the work done for (number, depth d) a tree of questions, of height h (the deepest
question it asked is at depth d + h). When d + h < MAX_DEPTH, every comparison in that tree came out as
"go on", so nothing was cut; asked at any depth d' with d' + h < MAX_DEPTH, the same comparisons come out
the same, the same questions are asked, and the answer is the same. So an answer is kept with its height,
when its tree was not cut, and given again only where d' + h < MAX_DEPTH. The height counts the questions
answered from the memo inside the tree (with their own heights) and those asked without a memo (a context
made with memo=None, extract/partof.py `said_count`): the deepest depth reached is followed per thread.

The key holds everything the answer depends on: the sentence's index and section (the document, its
sentences, published date and outlet are those of the memo's document) and the number, each by its fields (as
Quantity and Section, frozen records, compare: equal fields, equal key; the number's value last). A context without a memo works everything out (the long way, which
tests/test_extract_regression.py and tests/test_kindmemo.py compare with this one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import fields
from typing import TypeVar

from extract.context import Section, SentenceContext
from extract.records import Quantity

K = TypeVar("K")

MAX_DEPTH = 3  # the depth at which the rules stop asking (extract/classify.py, extract/listitems.py)


class _Reach(threading.local):
    """The deepest depth reached by the questions asked since the current one began (per thread)."""

    deepest = -1


_REACH = _Reach()
# The fields asked_again keys a number and a section by (a field added to either must be added to the key).
assert [f.name for f in fields(Quantity)] == ["value", "low", "high", "qualifier", "unit", "surface", "char_start",
                                              "char_end", "kind"]
assert [f.name for f in fields(Section)] == ["kind", "start", "end", "voice"]
_KEY = "kind asked"  # the first item of the memo's keys


def asked_again(ctx: SentenceContext, q: Quantity, depth: int, work: Callable[[SentenceContext, Quantity, int], K]) -> K:
    """`work(ctx, q, depth)`, or the answer it gave for the same number earlier in the document where that
    answer holds at this depth."""
    reach = _REACH
    outer = reach.deepest
    memo = ctx.memo
    if memo is not None:
        # (the fields of the section and the number, not the records: a record's hash is a Python call, the
        # tuple's over plain values is not, and the key is hashed twice for every number worked out)
        section = ctx.section
        key = (_KEY, ctx.index, section.kind, section.start, section.end, section.voice, q.low, q.high, q.qualifier,
               q.unit, q.surface, q.char_start, q.char_end, q.kind, q.value)
        kept = memo.get(key)
        if kept is not None and depth + kept[1] < MAX_DEPTH:
            reached = depth + kept[1]
            if reached > outer:
                reach.deepest = reached
            return kept[0]
    reach.deepest = depth
    try:
        got = work(ctx, q, depth)
    finally:
        reached = reach.deepest
        reach.deepest = reached if reached > outer else outer
    if memo is not None and reached < MAX_DEPTH:
        memo[key] = (got, reached - depth)
    return got
