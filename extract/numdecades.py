"""A decade of age: "a buyer in his 40s" is 40 to 49, not 40.

extract/numdigits.py reads "40s" (and "40's") after a number of two digits as an age ("in their 30s"), and "in his
mid-30s" as about 35. A decade of age with no "mid-" is a range over the whole decade: "in his 40s" is 40 to 49
(value 44.5), "in their 20s" 20 to 29; "early 40s" and "late 40s" lie inside it and keep it. "the 1990s" is a
year, and "100s of people" a vague count: they are read before this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.numscan import _Atom


def decade_of_age(a: _Atom) -> None:
    """Make the age `a` read from "40s" the range of its decade (40 to 49, value 44.5); other ages stay."""
    v = a.value
    if a.qual is None and 10 <= v <= 90 and v % 10 == 0:
        a.low, a.high, a.value, a.qual = v, v + 9, v + 4.5, "range"
