"""A score of a vote after which the body that voted is named: "a 2-1 appeals ruling", "a 7-2 court decision".

extract/numcontext.py reads two small numbers joined by a dash as one score when a noun of a game or vote follows
("a 3-1 win", "a 10-2 majority verdict"). A ruling or vote is often named with the body that made it between:
"reversing a 2-1 appeals ruling", "a 5-4 Supreme Court decision", "a 9-0 committee vote", "a 6-3 jury verdict".
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
