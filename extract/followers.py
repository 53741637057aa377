"""More of a force said to be on its way: "About 1,400 men landed. Another 1,000 would follow." — the 1,000 are
more of the force counted just before, so they count as what it counts (forces, its subject and side).

"another N" right before a verb of following or arriving ("would follow", "were to come", "will arrive", "would
land", "would join them"), in the sentence right after a count of forces. Only a force: "Another 6 were wounded"
is extract/another.py's; another count of people ("another 200 guests would follow") is no claim here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from extract.context import SentenceContext
from extract.docnumbers import counts_in
from extract.records import Quantity

_ANOTHER = re.compile(r"\banother\s+(?:(?:some|about|around|roughly|nearly)\s+)?\Z", re.IGNORECASE)
_TO_FOLLOW = re.compile(r"\s+(?:more\s+)?(?:(?:would|will|were\s+to|was\s+to|are\s+to|is\s+to|should|might|could)"
                        r"\s+)?(?:follow|come|arrive|land|join)\b", re.IGNORECASE)


def more_to_follow(ctx: SentenceContext, q: Quantity, depth: int,
                   classify_kind: Callable[[SentenceContext, Quantity, int], tuple | None]) -> tuple | None:
    """The Kind of the count of forces the sentence before ends with, when this number is "another N" that would
    follow or come (module docstring); else None."""
    text, start, k = ctx.text, ctx.start, q.char_start
    if ctx.index == 0 or _ANOTHER.search(text, max(start, k - 16), k) is None:
        return None
    if _TO_FOLLOW.match(text, q.char_end, ctx.end) is None:
        return None
    ps, pe = ctx.sentences[ctx.index - 1]
    found = counts_in(text[ps:pe], ps)
    if not found:
        return None
    before = replace(ctx, index=ctx.index - 1, memo=None)
    whole = classify_kind(before, found[-1].shifted(ps), depth + 1)
    return whole if whole is not None and getattr(whole, "measure", None) == "forces" else None
