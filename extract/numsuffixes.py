"""An "s" after the digits that is no plural of the number: a year's possessive and an age group's plural.

extract/numdigits.py reads "s" or "'s" after digits as a plural: "the 1990s" (a decade), "in their 30s" (an age),
"100s of people" (hundreds), and takes it into the surface. Two more readings are no such plural:
- "three times the toll of 2022's", "2019's record": a year that is no decade (not ending in 0) with "'s" after it is
  the year's possessive. The surface ends at the digits; the kind stays "year". ("the 1990's", "the 2020's" stay
  decades, as written.)
- "parents of under-3s", "the over-60s": "under-" or "over-" fused before the number and "s" after it name the people
  of an age group, the plural of the group's noun. The number is an age ("under" at_most, "over" at_least, as
  "children under 5" and "adults over 65"), its surface the digits.
- "retire its last four Boeing 747s", "six Embraer 190s": a model number after a maker's or a series' name
  (extract/numkinds.py NAME_HEADS, capitalised) with "s" after it is the plural of the model, not a decade or an
  age. The number is a name, its surface the digits (as "Boeing 747" alone; "Airbus A380s" is a fused name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.numkinds import NAME_HEADS

if TYPE_CHECKING:
    from extract.numscan import _Atom

_AGE_BOUNDS = (("under-", "at_most"), ("over-", "at_least"))
_HEAD_BEFORE = re.compile(r"([A-Z][A-Za-z]+)[ \u00a0]$")  # the capitalised word right before the number


def no_plural(text: str, a: _Atom) -> bool:
    """Whether the "s" or "'s" after the whole number `a` is a year's possessive, an age group's or a model's
    plural; if so, `a` is set as that year, age or name (its end left at the digits)."""
    digits, after = a.digits, text[a.end : a.end + 1]
    if after in "'’" and len(digits) == 4 and 1000 <= a.value <= 2100 and a.value % 10 != 0:
        a.kind, a.unit = "year", "year"  # "the toll of 2022's"
        return True
    if after == "s" and len(digits) <= 2:
        before = text[max(0, a.start - 6) : a.start].lower()
        for prefix, qual in _AGE_BOUNDS:
            if before.endswith(prefix) and (len(before) == len(prefix) or not before[-len(prefix) - 1].isalpha()):
                a.kind, a.unit, a.qual = "age", "year", qual  # "parents of under-3s"
                return True
    if after == "s" and a.start > 2 and text[a.start - 1] in " \u00a0" and not (
            len(digits) == 4 and 1000 <= a.value <= 2100):  # ("a Mercedes 1960s saloon": a decade)
        m = _HEAD_BEFORE.search(text, max(0, a.start - 16), a.start)
        if m and m.group(1) in NAME_HEADS:
            a.kind, a.unit = "name", "name"  # "four Boeing 747s": the model's plural
            return True
    return False
