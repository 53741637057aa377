"""A share before a word of comparison: "a fifth below 2019 levels", "a third above its peak".

extract/numcontext.py `is_share` reads "a fifth", "a third", "a quarter" as a share (a percentage) when "of"
follows ("a third of them"), a comparative ("a third less power"), "by" stands before it ("up by a fifth") or a
change ("down a third to 28", extract/numchange.py). A share also says how far one level stands from another
with a preposition of comparison: "weekday peaks are still a fifth below 2019 levels", "prices are a third above
their 2020 peak", "output ran a quarter short of its target". Only "a"/"an" and a denominator are read so: "half
over" ("the season is half over") says how far a thing has gone, and "a fifth day above 30C" is an ordinal (the
word after the denominator is the comparison, so "a fifth day" never reaches this).
"""

from __future__ import annotations

import re

_COMPARED = re.compile(r"[\s\u00a0]+(?:below|above|beneath|under|over|short[\s\u00a0]+of)\b", re.I)


def share_compared(text: str, start: int, end: int) -> bool:
    """Whether "a <denominator>" at text[start:end] stands right before "below", "above", "under", "over" or
    "short of": a share of the level it is compared with ("a fifth below 2019 levels" is 20%)."""
    return text[start : start + 1] in ("a", "A") and bool(_COMPARED.match(text, end))
