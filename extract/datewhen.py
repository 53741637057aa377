"""A count in a "when" clause after a period's opening date is dated by that date.

"The attack brings to 112 the number killed in the district since August 22, when 52 people were hacked to death at
Riketa": "since August 22" opens a period (no date for the 112), but the clause it heads, ", when 52 people were
hacked to death", tells what happened on that day: the 52 take August 22. Only a count inside the clause (no comma,
semicolon or colon between "when" and the number) and only an explicit date after "since" or "from" ("since August
22", "from 3 March 2020").
"""

from __future__ import annotations

import re
from datetime import date

from extract.dateexpr import _EXPR
from extract.dateresolve import EventDate, _kind, _resolve

_OPENER = re.compile(r"(?:since|from)\s+", re.IGNORECASE)
_WHEN = ", when "
_BREAKS = ",;:"


def when_clause_date(sentence: str, hits: tuple, rel_s: int, pub: date | None) -> EventDate | None:
    """The date that opens the period of a hit in `hits` (extract/dates.py's) when the number at `rel_s` lies in the
    ", when ..." clause right after it; None otherwise. A substring test first."""
    w = sentence.find(_WHEN)
    if w < 0 or w > rel_s or any(c in sentence[w + len(_WHEN) : rel_s] for c in _BREAKS):
        return None
    for h in hits:
        if h.kind != "period" or not h.start < w <= h.end + 12:
            continue
        opener = _OPENER.match(sentence, h.start)
        m = _EXPR.match(sentence, opener.end()) if opener is not None else None
        if m is None or m.end() != w:
            continue
        kind = _kind(m)
        if kind == "explicit":
            return _resolve(m, kind, pub)
    return None
