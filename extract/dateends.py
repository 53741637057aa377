"""Dates that end a total's period or date a document, not the event counted (for extract/dates.py).

- "had arrested 431 suspects by 1 April": "by" a day after a verb in the past perfect is the end of the period the
  total covers, not the day of an event (GUIDELINES: totals over a period are undated);
- "the committee's report of 1970 gives 900": the year of a document is when it was written, as "said on
  Friday" is when it was said (kind "report": a date only when the sentence has no other).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b")
_BY_BEFORE = re.compile(r"\bby\s+$")
_DOCUMENT_OF = re.compile(r"\b(?:report|study|survey|census|book|paper|review|inquiry|findings)\s+(?:of|from)\s+$",
                          re.IGNORECASE)
_ENDED_KINDS = ("explicit", "weekday", "month", "monthyear")


def period_ends(sentence: str, hits: Sequence[Any]) -> list[Any]:
    """The hits (dates._Hit) with a period's end ("had arrested 431 by 1 April") made a period with no date, and a
    document's year ("report of 1970") made a report's date (module doc). Cheap tests first: "by " or "of "/"from "
    in the few characters before the hit."""
    out = list(hits)
    for i, h in enumerate(out):
        a = h.start - 24 if h.start > 24 else 0
        if h.kind in _ENDED_KINDS and sentence.endswith("by ", a, h.start) \
                and _PAST_PERFECT.search(sentence, 0, h.start) is not None:
            out[i] = h._replace(kind="period", date=None, anchored=False)
        elif h.kind == "year" and _document_year(sentence, a, h.start):
            out[i] = h._replace(kind="report", date=None, anchored=False)
    return out


def _document_year(sentence: str, a: int, start: int) -> bool:
    """Whether the year hit at `start` (which may hold its "of") follows a document's noun ("report of 1970")."""
    if sentence.startswith("of ", start):
        start += 3
    elif sentence.startswith("from ", start):
        start += 5
    elif not sentence.endswith(("of ", "from "), a, start):
        return False
    return _DOCUMENT_OF.search(sentence, a, start) is not None
