"""Years of an era: "c. 120 AD" is about the year 120; "3000 BC" is the year -3000.

A year takes no qualifier from the words before it in extract/numbers.py ("before 1990", "since 2011" bound no
year), but circa does: "c.", "ca." or "circa" right before a year says it is approximate. An era after a year
before Christ ("BC", "BCE", "B.C.") makes its value negative, the years counted back from year 1 ("AD" and "CE"
leave it as it is, as "AD 79" is 79).

The end of a span of years is a year too: "between 1948 and 1960", "from 1948 to 1960" (the first read as a year,
the second, four digits and not after it by more than two centuries, is its end, not a count of 1,960: a reign, a
war or an era may pass a century, "from 1337 to 1453").
"""

from __future__ import annotations

import re

from extract.numscan import _Atom

_CIRCA_BEFORE = re.compile(r"(?<![\w.])(?:c|ca|circa)\.?[\s\u00a0]+\Z", re.IGNORECASE)
_SPAN_OPEN = re.compile(r"(?<![\w])(?:between|from)[\s\u00a0]+\Z", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"[\s\u00a0]+(?:and|to|until|till|through)[\s\u00a0]+")
_SPAN_MOST = 200  # the longest span of years read so: two centuries
_BEFORE_CHRIST = re.compile(r"[\s\u00a0]?(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")


def era_year(text: str, a: _Atom) -> None:
    """Set the qualifier of a year after circa to approx, and make a year BC negative (in place)."""
    if a.start and text[a.start - 1] in " \u00a0" and _CIRCA_BEFORE.search(text, max(0, a.start - 8), a.start):
        a.qual = "approx"  # "c. 3000 BC", "circa 1450"
    if text[a.end : a.end + 2].strip()[:1] == "B" and a.value > 0 and _BEFORE_CHRIST.match(text, a.end):
        a.value = -a.value  # "3000 BC": the year 3000 before year 1


def year_span_end(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether four digits `b` end a span of years opened by year `a`: "between 1948 and 1960", "from 1948 to 1960"."""
    return (0 < b.value - a.value <= _SPAN_MOST and _SPAN_JOIN.fullmatch(text, a.end, b.start) is not None
            and _SPAN_OPEN.search(text, max(0, a.start - 9), a.start) is not None)
