"""A sentence opening with more of the people counted just before: "The ministry said two soldiers were killed on
Tuesday. Another six were wounded." — the six are soldiers too (the subject and side of the count before).

extract/classify.py asks this for a count of people harmed with no noun of its own that opens its sentence as
more, or a part, of the count before ("Another six", "About 4,000 more", "Of these, 12": extract/anaphora.py's
`part_of_earlier`). Not when that count is the last item of a list ("four soldiers, four police officers and five
civilians have died. Another 54 were wounded": the 54 are of all of them, not civilians).
"""

from __future__ import annotations

import re

from extract.anaphora import earlier_count, part_of_earlier
from extract.context import SentenceContext
from extract.records import Quantity

_LIST_ITEM = re.compile(r"(?:,|\band)\s+(?:\w+\s+){0,2}?\Z", re.IGNORECASE)  # "..., and five", "officers and five"
_PEOPLE_MEASURES = ("killed", "wounded", "captured")


def same_people_before(ctx: SentenceContext, q: Quantity, depth: int):
    """The Kind of the count the sentence before ends with, when this number opens its sentence as more or a part
    of it and that count is of people harmed and is no list's last item; else None."""
    if q.char_start - ctx.start >= 24 or not part_of_earlier(ctx, q):
        return None
    from extract.classify import classify_kind  # (late: classify imports this module)
    from extract.partof import numbers_before

    earlier = earlier_count(ctx, q, numbers_before(ctx))
    if earlier is None:
        return None
    before, p = earlier
    if _LIST_ITEM.search(before.text, max(before.start, p.char_start - 24), p.char_start):
        return None  # "... four police officers and five civilians": the list's whole, not its last item
    whole = classify_kind(before, p, depth + 1)
    return whole if whole is not None and whole.measure in _PEOPLE_MEASURES else None
