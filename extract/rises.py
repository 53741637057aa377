"""A count given as the rise of the count before it: "About 46,000 people live in camps, a rise of some 8,000 since
June", "1,200 were held, an increase of 300 on last month".

The number after "a rise of", "an increase of" (and the like) counts more of what the number before it in the
sentence counts: the same measure, subject and side (extract/partof.py asks this for a number with no noun and no
verb of its own). Not a rise of prices or of a percentage: the count before must be one of people harmed, displaced
or of forces (PART_MEASURES), and a percentage is no count at all.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity

RISE_WORDS = frozenset({"rise", "increase", "jump", "surge", "drop", "fall", "decrease"})  # _RISE_OF
_RISE_OF = re.compile(r"\b(?:an?|the)\s+(?:further\s+|net\s+)?(?:rise|increase|jump|surge|drop|fall|decrease)\s+of\s+"
                      r"(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)


def rise_of(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number is told as the rise (or fall) of a count: "..., a rise of some 8,000 since June"."""
    return _RISE_OF.search(ctx.text, max(ctx.start, q.char_start - 40), q.char_start) is not None
