"""A few days inside a named month: "fought for three days in June 2008", "the siege lasted five days in May".

GUIDELINES: a day span within one month is `YYYY-MM`. A month (with or without its year) right after "for|over|
lasted|took <a count of> days in" names such a span, not a month of background: the hit becomes kind "span" (its
month kept), which dates the numbers of its clause and, like a named day, lends its month to the sentences that
follow ("At least 35 soldiers were killed ..."), where a bare "in June 2008" lends nothing.
Likewise a count of days that runs from a day ("in four days of fighting from 6 August", "for three days from 2
May"): the span's month, kind "span". Weeks and months ("for two weeks in June") are not day spans and stay as they
are.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

_COUNT = r"(?:\d{1,2}|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten)"
# The words just before the month: "for three days in ", "lasted five days in ", "over two days in ".
_DAYS_BEFORE = re.compile(r"\b(?:for|over|lasted|took|during)\s+(?:the\s+)?" + _COUNT + r"\s+days\s+in\s+$",
                          re.IGNORECASE)


# A count of days that runs from a day: "in four days of fighting from 6 August", "for three days from 2 May".
_DAYS_FROM = re.compile(r"\b" + _COUNT + r"\s+days\s+(?:of\s+(?:\w+\s+){1,2})?from\s+$", re.IGNORECASE)


def days_in_month(sentence: str, low: str | None, hits: Sequence[Any]) -> list[Any]:
    """The hits (dates._Hit) with a month of a few days made kind "span" (module doc); `low` is the lower-cased
    sentence or None. A cheap test first: every match has "days" in it (and "days in" or "from")."""
    text = low if low is not None else sentence.lower()
    if "days" not in text:
        return list(hits)  # (one scan for most sentences, where "days in" and "from" were two)
    within, runs = "days in" in text, "from" in text
    if not within and not runs:
        return list(hits)
    out = list(hits)
    for i, h in enumerate(out):
        if within and h.kind in ("monthyear", "month") and h.date is not None \
                and _DAYS_BEFORE.search(sentence, max(0, h.start - 40), h.start):
            out[i] = h._replace(kind="span")
        elif runs and h.kind == "explicit" and h.date is not None and h.date.precision == "day" \
                and _DAYS_FROM.search(sentence, max(0, h.start - 40), h.start):
            out[i] = h._replace(kind="span", date=type(h.date)(h.date.value[:7], "month"))  # (its month: a span)
    return out
