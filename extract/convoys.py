"""A convoy, column or queue of civilian vehicles counted: its size, not a force's.

"The convoy of around 200 vehicles was travelling under police escort", "a queue of 300 trucks at the crossing",
"a column of 80 cars fleeing the city": the number counts the vehicles that travel together, passengers' cars,
buses and lorries, not an army's strength (extract/measures.py would call bare equipment `forces`). Only plain
vehicles, trucks and lorries (the lexicon's subjects "vehicle", "truck", "lorry") are read so: "a convoy of 40
armoured vehicles", "a column of 30 tanks" stay a force, and so does a convoy named military before ("a military
convoy of 200 vehicles", "an army column of 50 trucks", "a Russian convoy of 90 trucks": a side named on it).
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern
from extract.triggers import side_mentions

# the subjects of [nouns.equipment] a civilian convoy may be made of (not "armored vehicle", "tank", "technical")
CIVIL_VEHICLES = frozenset({"vehicle", "truck", "lorry"})
_GROUP_OF = re.compile(r"\b(?P<group>convoy|column|queue|line|stream|caravan)\s+of\s+(?:" + qualifier_pattern()
                       + r"\s+)?\Z", re.IGNORECASE)
_MILITARY = re.compile(r"\b(?:military|army|armou?red|troop|troops|naval|supply|logistics|rebel|insurgent|militia|"
                       r"enemy|tank|armed)\W+(?:[\w-]+\s+)?\Z", re.IGNORECASE)

_TWO_BEFORE = re.compile(r"(?:[\w.'’-]+\s+){1,2}\Z")


def civilian_convoy(text: str, lo: int, k: int, subject: str | None) -> bool:
    """Whether the count at `k` (its sentence starting at `lo`) is the size of a convoy, column or queue of plain
    vehicles (the module's docstring), no force's."""
    if subject not in CIVIL_VEHICLES or text.find(" of ", max(lo, k - 30), k) < 0:
        return False  # (the cheap tests first)
    m = _GROUP_OF.search(text, max(lo, k - 30), k)
    if m is None:
        return False
    g = m.start("group")
    if _MILITARY.search(text, max(lo, g - 30), g):
        return False  # "a military convoy of 200 vehicles"
    near = _TWO_BEFORE.search(text, max(lo, g - 40), g)  # (the words naming the convoy: "a Russian convoy")
    return not (near and side_mentions(text, near.start(), g))  # "a Russian convoy of 90 trucks": a side's own
