"""Words the date rules share: the verbs of reporting and the words of a total (one list each, for extract/dates.py
and extract/dateopeners.py).

A date just after a verb of reporting ("said on Friday") is when something was said, not when it happened; an
opening date followed by its subject and such a verb ("On 12 March, the UN published its report") dates a
statement. A total ("overall", "in all", "cumulatively") counts over a period, which has no event date.
"""

from __future__ import annotations

# Verbs of reporting, in the past or present: "said", "announced", "published", "tweeted" ...
REPORT_VERBS: tuple[str, ...] = ("said", "says", "announced", "reported", "added", "stated", "published", "released",
                                 "confirmed", "claimed", "tweeted", "posted", "wrote", "denied")
REPORT_VERB_ALTERNATION = "|".join(REPORT_VERBS)
# Words that make a count a total, as a regex alternation ("in all" with any blank between).
TOTAL_WORDS = r"overall|in\s+all|cumulative(?:ly)?"
