"""Words the date rules share: the verbs of reporting and the words of a total (one list each, for extract/dates.py
and extract/dateopeners.py).

A date just after a verb of reporting ("said on Friday") is when something was said, not when it happened; an
opening date followed by its subject and such a verb ("On 12 March, the UN published its report") dates a
statement. A total ("overall", "in all", "cumulatively") counts over a period, which has no event date.
"""

from __future__ import annotations

import re

# Verbs of reporting, in the past or present: "said", "announced", "published", "tweeted" ...
REPORT_VERBS: tuple[str, ...] = ("said", "says", "announced", "reported", "added", "stated", "published", "released",
                                 "confirmed", "claimed", "tweeted", "posted", "wrote", "denied")
REPORT_VERB_ALTERNATION = "|".join(REPORT_VERBS)
# Words that make a count a total, as a regex alternation ("in all" with any blank between).
TOTAL_WORDS = r"overall|in\s+all|cumulative(?:ly)?"


def span_after(units: str, counts: str = "") -> re.Pattern[str]:
    """A span of `units` (a regex alternation: "weeks|months|years") after the day told: "in the following months",
    "over the next few weeks", "in the years that followed"; `counts` adds the words that may count them ("two|three").
    extract/datelater.py (no date after it) and extract/placeincident.py (no scene's place) each choose their units."""
    count = r"|(?:" + counts + r")\s+" if counts else ""
    return re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:(?:following|next|subsequent|ensuing)\s+"
                      r"(?:few\s+|several\s+" + count + r")?(?:" + units + r")|(?:" + units + r")\s+"
                      r"(?:that\s+)?(?:followed|after(?:wards?)?))\b", re.IGNORECASE)
