"""Numbers of votes and polls written short: "by a margin of 3 to 1" (a ratio) and "yes on 47 per cent and no on 45"
(the unit said once for a parallel pair).

- "A to B" after a word of a margin or a ratio ("a margin of", "a ratio of", "odds of", "outnumbered", "outvoted";
  "by" when B is 1), with the first side larger and no noun or unit after the second, is one ratio, A over B:
  "backed the challenger by a margin of 3 to 1" is 3.0, as "the 5-2 favourite" is 2.5 (extract/numranges.py asks,
  where "A to B" falling is otherwise two numbers: "rose from 30 to 4" is a change). Not "from 3 to 1", nor "3 to 1
  villages".
- In a pair of like clauses, "X on A per cent and Y on B", a bare B after the same preposition as A ("on", "at")
  takes A's percent: the unit is said once for both ("Labour on 38% and the Tories on 34"). Not when a noun or a
  unit follows B ("and no on 45 seats"), nor across another preposition ("on 47 per cent and no in 45").
"""

from __future__ import annotations

import re

from extract.numcontext import _BARE_AFTER
from extract.numscan import _Atom

_B = r"[^\S\n]"
_HEDGE = rf"(?:(?:more{_B}+than|almost|nearly|about|around|roughly|some|over|at{_B}+least){_B}+)?"
_RATIO_BEFORE = re.compile(
    rf"\b(?:(?:margin|ratio|odds){_B}+of|(?:outnumber|outvot)\w*(?:{_B}+[\w'’-]+){{0,2}}?(?:{_B}+by)?){_B}+{_HEDGE}\Z",
    re.I)
_BY_BEFORE = re.compile(rf"\bby{_B}+{_HEDGE}\Z", re.I)
_REACH = 40  # characters read before the first side


def margin_ratio(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """ "a margin of 3 to 1": one ratio, the first side over the second (None when the words around do not say so).
    The caller has seen " to " between two counts and the first side larger."""
    if a.kind != "number" or b.kind != "number" or a.unit != "count" or b.unit != "count" or b.qual:
        return None
    if not b.value > 0 or a.word != b.word or not _BARE_AFTER.match(text, b.end):
        return None
    lo = max(0, a.start - _REACH)
    if _RATIO_BEFORE.search(text, lo, a.start) is None and (
            b.value != 1 or _BY_BEFORE.search(text, lo, a.start) is None):
        return None
    return _Atom(a.start, b.end, a.value / b.value, unit="ratio")


# After A (and its unit in words, if written so): "per cent and no on ", "%, and the Tories on ".
_PAIR_GAP = re.compile(
    rf"(?:{_B}*%|{_B}+per{_B}*cent|{_B}+percent)?{_B}*,?{_B}+and{_B}+(?:[\w'’.-]+{_B}+){{1,4}}?(?P<prep>on|at){_B}+\Z",
    re.I)
_PREP_BEFORE = re.compile(rf"\b(?P<prep>on|at){_B}+\Z", re.I)


def pair_unit(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether bare count `b` is the second of a pair "X on A per cent and Y on B" with percent `a` (the same
    preposition before each, nothing after B)."""
    if b.start - a.end > 48:
        return False
    g = _PAIR_GAP.fullmatch(text, a.end, b.start)
    if g is None or not _BARE_AFTER.match(text, b.end):
        return False
    p = _PREP_BEFORE.search(text, max(0, a.start - 4), a.start)
    return p is not None and p.group("prep").lower() == g.group("prep").lower()
