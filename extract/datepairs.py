"""Two dates joined by "and" for one count: "Exchanges of fire in October 2008 and April 2009 killed seven"; or by
a dash, a range: "figures for the Emergency to date (20 October 1952 - 10 April 1953): 430 killed".

The count is a sum over two events in different months or years, so neither date alone is its date: a total
over a period, undated (GUIDELINES). Both hits become kind "period" with no date, which govern the numbers of
their clause as none would. Two days of one month ("on May 3 and May 9") are left as they were (the nearest day
governs); "between May 3 and May 9" is a span, left to datehits._bounds.
"""

from __future__ import annotations

import re
from typing import Any, Sequence


# What lies between the two dates: "and", or a dash of a range ("(20 October 1952 - 10 April 1953)": the figures for
# the period, undated, when the two are of different months)
_JOINED = re.compile(r"\s*,?\s+and\s+(?:in\s+|on\s+)?|\s*[-–—]\s*")
_BOUND_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_PAIRED_KINDS = ("explicit", "monthyear", "month", "year")


def joined_dates(sentence: str, hits: Sequence[Any]) -> list[Any]:
    """The hits (dates._Hit) with each pair of dates joined by "and" made one month or a period (module doc)."""
    out = list(hits)
    if len(out) < 2 or (" and " not in sentence and "-" not in sentence and "–" not in sentence
                        and "—" not in sentence):
        return out
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind not in _PAIRED_KINDS or b.kind not in _PAIRED_KINDS or a.date is None or b.date is None:
            continue
        if not _JOINED.fullmatch(sentence, a.end, b.start) \
                or _BOUND_BEFORE.search(sentence, max(0, a.start - 12), a.start):
            continue
        if a.date.value[:7] == b.date.value[:7]:
            continue  # two days of one month: the nearest day governs, as before (tests/test_dates_s6.py)
        out[i], out[i + 1] = (a._replace(kind="period", date=None, anchored=False),
                              b._replace(kind="period", date=None, anchored=False))
    return out
