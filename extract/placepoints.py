"""Numbered points ("1. ...", "2) ...") of a communique, a judgment or a list, and a report's numbered sections ("6.2
Deaths and injuries", "6.3 Displacement and destruction"): a place named inside one point is
that point's, and no other point borrows it; a place the text named before its first point (the subject of the
whole list, "the killings in the village of Sayod" above the court's numbered findings) stays every point's.

"2. On Sunday, in fighting for the Holmec border crossing, our forces took the crossing. ... 3. Since Thursday
our air defence units have shot down two helicopters." - the helicopters were not shot down at Holmec.
A point that refers back to an event told before ("2. 12 soldiers were killed in the shelling.", "in the raid")
speaks of that event, and its place crosses to it (`refers_back`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A numbered point's mark at a line's start: "3. ", "12) " (one or two digits: "1991. " is no point), or a numbered
# section's heading "6.3 Displacement and destruction" (its number, a stop, its sub-number, then a capital).
_POINT_MARK = re.compile(r"\n[ \t]*\d{1,2}(?:[.)][ \t]|\.\d{1,2}\.?[ \t]+(?=[A-Z]))")


_SECTION_NUMBER = re.compile(r"\n\d{1,2}\.\d")  # (a cheap test before _POINT_MARK for a text without ". " or ") ")


# "the shelling", "that attack", "the same raid": an event named before, taken up again by a definite noun.
_EVENT_BACK = re.compile(r"\b(?:the|that|this|these|those)\s+(?:same\s+|latest\s+|earlier\s+|deadly\s+)?"
                         r"(?:shelling|bombardment|bombings?|attacks?|raids?|(?:air\s*)?strikes?|assault|ambush|"
                         r"explosions?|blasts?|massacre|offensive|fighting|clashes)\b(?!\s+(?:on|in|at|of|near)\b)",
                         re.IGNORECASE)


def refers_back(sentence: str) -> bool:
    """Whether the sentence takes up an event told before by a definite noun ("in the shelling", "after the
    raid"), not one it places itself ("the attack on Hama"): such a point borrows the event's place from
    another point."""
    return "th" in sentence and _EVENT_BACK.search(sentence) is not None


@lru_cache(maxsize=32)
def _points(text: str) -> tuple[int, ...]:
    """The offsets where the numbered points of `text` begin (their marks' line starts), when it has two or more."""
    if ". " not in text and ") " not in text and not _SECTION_NUMBER.search(text):
        return ()
    starts = tuple(m.start() for m in _POINT_MARK.finditer("\n" + text))  # (the newline put before is index -1)
    return starts if len(starts) >= 2 else ()


def point_of(text: str, pos: int) -> int:
    """The start of the numbered point holding offset `pos`, or -1 when it stands in none (before the first)."""
    starts = _points(text)
    if not starts or pos < starts[0]:
        return -1
    k = 0
    while k + 1 < len(starts) and starts[k + 1] <= pos:
        k += 1
    return starts[k]


def lent_across_points(text: str, own_point: int, at: int, name: str) -> bool:
    """Whether a place `name` mentioned at offset `at` may be lent to a sentence of the point at `own_point`: it
    stands in that point, or in no point, or the text named it before its first point."""
    if own_point < 0:
        return True
    other = point_of(text, at)
    if other in (own_point, -1):
        return True
    return name in text[: _points(text)[0]]
