"""People who "have left" their villages or a named town in a war: displaced.

"Some 6,000 residents have left Mosul by road", "about 3,000 people left villages along the border": people
(not troops) leaving a named place or their dwellings, in a report of a war, are displaced. The lexicon's
fixed phrases ("left their homes", "left the city") stay in [verbs] displace; this reads the open forms: a
bare plural of dwellings, or a capitalised place name (not a weekday or month: "300 people left Monday").
Troops leaving a base or a town are no displacement (the caller asks only for the people of MOVERS), nor are
fans leaving a stadium in peacetime (no war named in the document).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.triggers import names_a_war
from extract.wordset import words_of

_LEFT_PLACE = re.compile(
    r"left\s+(?:(?:their|the|our|his|her)\s+)?(?:(?:[a-z]+\s+)?(?:villages|towns|homes|houses|cities|districts)\b|"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z][\w'’-]*\b(?!\s+(?:said|says|told)\b))")


def left_a_place(ctx: SentenceContext, at: int) -> bool:
    """Whether the people counted just before `at` (the auxiliaries read) left a named place or their
    dwellings, in a document that names a war. Tried only where the sentence holds the word "left"."""
    if "left" not in words_of(ctx.sentence):
        return False
    return _LEFT_PLACE.match(ctx.text, at, ctx.end) is not None and names_a_war(ctx.text)


_NEVER_BACK = re.compile(r"never\s+(?:came\s+back|come\s+back|returned|went\s+back|gone\s+back|been\s+back)\b")
_FLED_BEFORE = re.compile(r"\b(?:fled|flee|fleeing|left|evacuated|displaced|driven\s+out|expelled|deported)\b")


def never_came_back(ctx: SentenceContext, at: int, cls: str | None, k: int) -> bool:
    """Whether the people counted never came back (at `at`, after the auxiliaries), in a report of a war:
    "tens of thousands never returned" are displaced still. People of MOVERS (the caller asks), or a bare
    number after a verb of fleeing in the same sentence ("100,000 fled, and thousands never came back"), not a
    patrol's men ("three never came back from the patrol": no flight told before)."""
    if _NEVER_BACK.match(ctx.text, at, ctx.end) is None:
        return False
    if cls is None and _FLED_BEFORE.search(ctx.text, ctx.start, k) is None:
        return False
    return names_a_war(ctx.text)
