"""Years of an era: "c. 120 AD" is about the year 120; "3000 BC" is the year -3000.

A year takes no qualifier from the words before it in extract/numbers.py ("before 1990", "since 2011" bound no
year), but circa does: "c.", "ca." or "circa" right before a year says it is approximate. An era after a year
before Christ ("BC", "BCE", "B.C.") makes its value negative, the years counted back from year 1 ("AD" and "CE"
leave it as it is, as "AD 79" is 79).
"""

from __future__ import annotations

import re

from extract.numscan import _Atom

_CIRCA_BEFORE = re.compile(r"(?<![\w.])(?:c|ca|circa)\.?[\s\u00a0]+\Z", re.IGNORECASE)
_BEFORE_CHRIST = re.compile(r"[\s\u00a0]?(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")


def era_year(text: str, a: _Atom) -> None:
    """Set the qualifier of a year after circa to approx, and make a year BC negative (in place)."""
    if a.start and text[a.start - 1] in " \u00a0" and _CIRCA_BEFORE.search(text, max(0, a.start - 8), a.start):
        a.qual = "approx"  # "c. 3000 BC", "circa 1450"
    if text[a.end : a.end + 2].strip()[:1] == "B" and a.value > 0 and _BEFORE_CHRIST.match(text, a.end):
        a.value = -a.value  # "3000 BC": the year 3000 before year 1
