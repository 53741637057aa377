"""Hedge words that make a count's claim reported, not stated ("20 were reportedly killed", "said to number"):
read by extract/attribution.py for the stance of a claim (moved out of attribution.py to keep it near 400 lines)."""

from __future__ import annotations

import re

from extract.cuescan import has_any
from extract.rx import guarded
from extract.wordset import folded

HEDGE = guarded(
    r"\b(?:reportedly|allegedly|unconfirmed|purported(?:ly)?|"
    r"claimed(?!\s+(?:responsibility|credit|(?:the\s+)?lives?\b|(?:\S+\s+){1,3}lives\b))|"
    r"said to (?:be|have|number|total)|reported to (?:be|have|number|total)|"
    r"(?:believed|thought) to (?:be|have|number|total)|rumou?red|it is claimed|are said|is said|were said|was said)\b",
    re.I,
)
# Every match of HEDGE holds one of these (folded as IGNORECASE compares): a text without them has none.
HEDGE_KEYS = ("reportedly", "allegedly", "unconfirmed", "purported", "claimed", "said", "reported", "believed", "thought",
              "rumored", "rumoured")


def hedged(sentence: str, pos: int, end: int) -> bool:
    """A hedge word before the number, or within a few words after it ("20 were reportedly killed")."""
    low = folded(sentence)
    if not has_any(low, HEDGE_KEYS):
        return False  # (a whole-word match is a substring of the folded sentence, and so is one in `after`)
    after = " ".join(sentence[end:].split()[:4])
    before = any(m.start() < pos for m in HEDGE.finditer(sentence))  # whole sentence: lookaheads see past the number
    return before or bool(HEDGE.search(after))
