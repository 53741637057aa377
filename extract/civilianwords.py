"""A count of a people named beside an explicit count of civilians is not itself all civilians (extract/sides.py).

A demonym's dead are read as civilians ("the raid killed 12 Hungarians"). But a list that counts civilians apart
sets the demonym's count against them: "18 Europeans killed, and 177 African civilians killed" — had the 18 been
civilians too, the writer would not have set the civilians apart — so its side is `unknown`. The civilians must be
counted by a number of their own in the same clause (no ";" between), not merely mentioned ("killed 12 Hungarians,
civilians who had fled"). The module also holds the words of a count said to be mostly civilians ("183 people, most
of them civilians"), which sides.py reads.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity

# A count said to be mostly civilians, matched where its noun ends (extract/sides.py): "183 people, most of them
# civilians"; after a time and in quotes: "2,000 dead in four days, \"most of them Honduran civilians\"".
MOSTLY_CIVILIANS = re.compile(r"(?:\s+(?:in|on|during|over|within)\s+[^,.;:\"“]{1,30}?)?\s*,?\s*[\"“]?(?:(?:most|"
                              r"nearly\s+all|almost\s+all|all|the\s+(?:vast\s+)?majority)\s+of\s+(?:them|whom)"
                              r"(?:\s+were)?|mostly|mainly|largely)\s+(?:[A-Z][a-z]+\s+)?civilians\b", re.IGNORECASE)
# a count of civilians: a number, at most two words (an adjective, "more"), then "civilians"
_CIVILIAN_COUNT = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?civilians\b", re.IGNORECASE)


def set_apart_from_civilians(ctx: SentenceContext, q: Quantity, np_end: int) -> bool:
    """Whether the clause of the count at `q` (its noun phrase ending at `np_end`) counts civilians apart."""
    sentence = ctx.sentence
    if "civilians" not in sentence:
        return False  # (a cheap test first)
    text = ctx.text
    lo = max(ctx.start, text.rfind(";", ctx.start, q.char_start) + 1)
    hi = text.find(";", np_end, ctx.end)
    hi = ctx.end if hi < 0 else hi
    return any(not (q.char_start <= m.start() < np_end) for m in _CIVILIAN_COUNT.finditer(text, lo, hi))
