"""A partitive aside after a count tells where and when a part of it happened, not the whole count's day or place.

"At least 40 villagers were killed during the offensive, 12 of them at the market in Dara on 4 June": 4 June and
Dara are the 12's. The aside opens after a comma with a count and "of them", "of whom" or "of those" ("12 of them",
"most of whom", "about 30 of those"; not "all of them" or "each of them", which cover the count) and runs to
the next comma or semicolon: "Five died, two of them children, in the raid on Monday" closes the aside before the
date, which stays the five's. A date or a place inside such an
aside dates or places neither the count before it (extract/datehits.py later_clause) nor the sentences after it
(extract/dates.py, extract/places.py: a detail of one part is not the story's day or scene).
"""

from __future__ import annotations

import re

_OF = (" of them", " of whom", " of those")
# The aside's opening: a comma, a count of a part (a figure or a word: "12", "several", "about 30"), then "of them".
# Not a word that takes the whole of it ("all of them in the battle for Dara on 4 June", "each of them", "both of
# them"): the aside's date and place are then the whole count's. "most of them in the north" is a part: the
# rest may have been elsewhere.
_OPENING = re.compile(r",\s+(?:(?:about|some|around|roughly|at\s+least|nearly|almost|more\s+than|over|up\s+to)\s+)?"
                      r"(?:\d[\d,.]*|(?!(?i:all|each|both|every)\b)[A-Za-z]+(?:-[a-z]+)?)"
                      r"\s+of\s+(?:them|whom|those)\b")
_REACH = 40  # characters before "of them" where the aside's comma may stand


def in_partitive(text: str, lo: int, pos: int) -> bool:
    """Whether offset `pos` of `text` stands inside a partitive aside (module doc) opened after offset `lo` (the
    start of the sentence, or the end of the count asked about). Cheap tests first: an "of them" between, and no
    comma or semicolon after it."""
    at = max(text.rfind(w, lo, pos) for w in _OF)
    if at < 0:
        return False
    if text.find(",", at, pos) >= 0 or text.find(";", at, pos) >= 0:
        return False  # the aside closed before `pos` ("two of them children, in the raid on Monday")
    return any(m.end() > at for m in _OPENING.finditer(text, max(lo, at - _REACH), at + 9))

