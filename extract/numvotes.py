"""A score of a vote after which the body that voted is named: "a 2-1 appeals ruling", "a 7-2 court decision".

extract/numcontext.py reads two small numbers joined by a dash as one score when a noun of a game or vote follows
("a 3-1 win", "a 10-2 majority verdict"). A ruling or vote is often named with the body that made it between:
"reversing a 2-1 appeals ruling", "a 5-4 Supreme Court decision", "a 9-0 committee vote", "a 6-3 jury verdict". A vote called unanimous just before is its score too, "N-0": "the
judgment was unanimous, 5-0", "a unanimous 9-0" (`unanimous_before`).
"""

from __future__ import annotations

import re

_BODY_VOTE_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?:appeals?|appellate|court|supreme|high|jury|panel|committee|board|council|cabinet|senate|"
    r"house|bench|tribunal|commission|party-line|split|federal|circuit)[\s\u00a0]+){1,3}"
    r"(?:ruling|verdict|decision|vote|judgment|judgement|majority|opinion)\b",
    re.I,
)


def body_vote_after(text: str, end: int) -> bool:
    """Whether the body that voted and a noun of its vote follow the score ending at `end` ("2-1 appeals ruling")."""
    return _BODY_VOTE_AFTER.match(text, end) is not None


_UNANIMOUS_BEFORE = re.compile(r"\bunanimous(?:ly)?[\s\u00a0,:;(\u2013\u2014-]+(?:(?:in|by|at|with)[\s\u00a0]+)?\Z", re.I)


def unanimous_before(text: str, start: int, first: float, second: float) -> bool:
    """Whether "unanimous" (or "unanimously") stands right before a vote "N-0" starting at `start`."""
    return second == 0 and first > 0 and _UNANIMOUS_BEFORE.search(text, max(0, start - 24), start) is not None
