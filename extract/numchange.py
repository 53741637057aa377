"""A change and the level it reaches: "goes up £248 to £5,636" is two amounts, not a range.

extract/numranges.py keeps "rose from 30 to 40" and "fell $2 to $75" apart by the verb before the first number
(extract/numchangeverbs.py CHANGE_BEFORE, change_verb_before). A phrasal verb of change puts "up" or "down" right
before the amount instead ("goes up £248 to £5,636", "is down 3% to 4.1%", "came down $40 to $310"): the first amount
is the change, the second the new level. Only amounts written with their unit on both sides are read so
("went up 5 to 10 per cent" may be a range of the change, and stays one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.numkinds import before_words

if TYPE_CHECKING:
    from extract.numscan import _Atom

_PARTICLES = (("up",), ("down",))


def change_then_level(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether "A to B" follows "up" or "down" and both carry the same unit (money, a percentage): a change, then
    the level it reaches."""
    return a.unit != "count" and a.unit == b.unit and before_words(text, a.start, 1) in _PARTICLES


# After a share of a change: the level it reaches, what it is compared with, when, or the clause's end ("down a
# third to 28", "up a quarter on last year", "down a fifth since 2019", "up a third."); "down a third time" is no
# share.
_AFTER_SHARE = re.compile(r"[\s\u00a0]*[,;.)]|[\s\u00a0]*$|[\s\u00a0]+(?:to|on|from|in|since|over|at|compared|against|"
                          r"year-on-year|this|last)\b")


def share_of_change(text: str, start: int, end: int) -> bool:
    """Whether the fraction at text[start:end] ("a third") after "up"/"down" is the share a thing changed by:
    "yields down a third to 28", "sales up a quarter on last year" (as "by a third" is)."""
    return before_words(text, start, 1) in _PARTICLES and bool(_AFTER_SHARE.match(text, end))
