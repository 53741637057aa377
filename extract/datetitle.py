"""The day a report's title names, for the lines of a report filed just after it (for extract/dates.py).

A mission report, a situation report or an incident log is titled with the day it covers and filed a day or two
later ("MISSION AFTER-ACTION REPORT - Basra road, 26 February 1991", filed the 27th; "SITREP 14: Goma, 3 May"):
its lines ("Destroyed: 4 tanks", "Approximately 200 troops were seen ...") tell that day's events without naming
it again. A line with no date of its own, and none lent by the lines before it, takes the title's day.

Not reached: a title dated the day of publication (a bulletin's or a statement's own date, "Written Ministerial
Statement (25 March 2008)": the day it was issued, not the events'); a title dated longer before (an anniversary,
"Remembering 7 October 2023"); a title without a full date (day, month and year).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extract.dateresolve import EventDate

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_FULL_DATE = re.compile(r"\b(?:(?P<d1>[0-3]?\d)\s+(?P<m1>" + _MONTH + r")|(?P<m2>" + _MONTH + r")\s+(?P<d2>[0-3]?\d),?)"
                        r"\s+(?P<y>1[89]\d\d|20\d\d)\b")
_FILED_WITHIN = 3  # days from the title's day to publication: a report filed just after


@lru_cache(maxsize=32)
def title_day(text: str, pub: date | None) -> EventDate | None:
    """The full date the first line of `text` names, when it is one to three days before `pub` (module doc)."""
    if pub is None:
        return None
    first = text.lstrip()[:200].split("\n", 1)[0]
    if "19" not in first and "20" not in first and "18" not in first:
        return None  # (a cheap test first: every full date's year begins 18, 19 or 20)
    m = _FULL_DATE.search(first)
    if m is None:
        return None
    month = _MONTHS.index((m.group("m1") or m.group("m2"))[:3].lower()) + 1
    try:
        day = date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None
    if not 0 < (pub - day).days <= _FILED_WITHIN:
        return None
    return EventDate(day.isoformat(), "day")
