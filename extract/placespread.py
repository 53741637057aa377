"""Counts spread over several named places, which no one place holds (for extract/places.py).

"The Finnish headquarters counted over 22,000 Soviet dead on the two battlefields" sums two battles told before
(Suomussalmi, the Raate road): its place is neither of them, and not the last one named. So a sentence that says its
counts cover two or more battlefields, fronts or sectors ("on both fronts", "across the three sectors", "on all
fronts") has no place; the place of the sentences around it is not lent to it. Not reached: one of them named ("on
the northern front", "in the sector of Bakhmut": a place, read as one).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SPREAD = re.compile(r"\b(?:on|across|at|in|over|from)\s+(?:the\s+|all\s+(?:the\s+)?)?"
                     r"(?:both|two|three|four|several|many|all|other)?\s*(?:the\s+)?"
                     r"(?:battlefields|battle\s?grounds|fronts|sectors)\b", re.IGNORECASE)
_COUNTED = re.compile(r"(?:both|two|three|four|several|many|all|other)\s*(?:the\s+)?\w+$", re.IGNORECASE)


@lru_cache(maxsize=512)  # asked of a claim's sentence twice (its place and its date) and once per claim in it
def spread_over_places(sentence: str) -> bool:
    """Whether the sentence counts over two or more battlefields, fronts or sectors (module doc)."""
    if "fronts" not in sentence and "sectors" not in sentence and "battle" not in sentence:
        return False  # one of these is in every match, in lower case (the cheap test, on every claim's sentence)
    return any(_COUNTED.search(m.group()) for m in _SPREAD.finditer(sentence))
