"""Which of a sentence's place mentions is the event's: how specific each is, and the best of them.

Split from extract/places.py, which asks these for the claim's sentence and for its neighbours. A mention's cost
is (rank, destination, distance): the most specific place first ("a camp before a town, a town before a
governorate, a governorate before a country"), a place people went to ("deported to Syria") after one where
something happened, and the nearest to the anchor among equals.
"""

from __future__ import annotations

import bisect
import re

from extract.gazetteer import RANK, Mention
from extract.placeextent import _SUFFIX, _start_of
from extract.rx import guarded

_DESTINATION = guarded(r"\bto\s+(?:the\s+)?$")
# A country with a compass word ("southern Lebanon", "northern Israel") names a region of it.
_COMPASS_BEFORE = guarded(r"\b(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+$",
                          re.IGNORECASE)


def rank(text: str, m: Mention) -> int:
    """How specific a mention is (lower is more): a country with a compass word counts as a region, and so does a
    town named with a region word ("the Belgorod region")."""
    precision = m.place.precision
    if precision == "country" and _COMPASS_BEFORE.search(text, max(0, m.start - 24), m.start):
        return RANK["admin1"]
    if precision in ("village", "city") and text.startswith(" ", m.end):
        suf = _SUFFIX.match(text, m.end)
        if suf and suf.group("region"):
            return RANK["admin1"]
    return RANK[precision]


def in_span(mentions: tuple[Mention, ...] | list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions inside [start, end), in order (`mentions` are in order of their starts)."""
    out = []
    for i in range(bisect.bisect_left(mentions, start, key=_start_of), len(mentions)):
        m = mentions[i]
        if m.start >= end:
            break  # every later mention starts later still
        if m.end <= end:
            out.append(m)
    return out


def best_mention(cands: list[Mention], anchor: int, text: str) -> Mention | None:
    """The candidate of least cost (rank, destination, distance from `anchor`), or None when there is none."""
    if not cands:
        return None

    def cost(m: Mention) -> tuple[int, int, int]:
        return (rank(text, m), destination(text, m), abs(m.start - anchor))

    return min(cands, key=cost)


def destination(text: str, m: Mention) -> int:
    """1 for a destination ("deported to Syria"): where people went, not where the event was; else 0."""
    window = text[max(0, m.start - 8) : m.start]
    return 1 if "to" in window and _DESTINATION.search(window) else 0
