"""A report's own period, named by its length alone: "in the quarter", "in the week", "the week before"
(for extract/dates.py, which adds these hits to those of extract/dateexpr.py).

A periodical report counts over the period it covers without naming its dates again: "we coded 214 events in the
quarter", "recorded 1,184 incidents in the week, up from 861 the week before". GUIDELINES: a span of days within
one month is `YYYY-MM`, a total over a longer period has no event date. So:

- "in the quarter" (three months) dates nothing: a period;
- "in the week" is the seven days up to publication, "the week before" / "the previous week" the seven before
  those: their month when the days lie in one month, else no date.

A maximum over a period ("At its peak the mission deployed 15,991 troops", "the camp held 80,000 at the peak")
is the period's, not a day's: a period, dated nothing (nor by a sentence before it). Not "at the peak of the
fighting on Monday" (a peak of one thing, dated by its own words).

Not reached: "in the week of 3 May", "in the week after the election", "in the week since the attack" (a week
the text anchors elsewhere), "the week before the vote" (the week before something else), and "this week" /
"last week", which extract/dateexpr.py reads already.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

# "in the quarter", "during the week", "over the week" (not "the week of/after/since/before/to ...").
_IN_THE = re.compile(r"\b(?:in|during|over|for)\s+the\s+(?P<unit>quarter|week)\b"
                     r"(?!\s+(?:of|after|since|before|to|ending|ended|that|when|following|leading|ahead|in|from)\b)"
                     r"(?![-'’])", re.IGNORECASE)
# "the week before", "the previous week", "the preceding week", not "the week before the vote".
_WEEK_BEFORE = re.compile(r"\b(?:(?:the\s+)?(?:previous|preceding|prior)\s+week\b(?!\s+(?:of|to)\b)"
                          r"|the\s+week\s+(?:before|earlier)\b(?!\s+(?:the|a|an|his|her|its|their|last|this)\b))",
                          re.IGNORECASE)
_WORDS = ("the quarter", "the week", "previous week", "preceding week", "prior week")
_PEAK = re.compile(r"\b(?:at|by)\s+(?:its|their|the)\s+peak\b(?!\s+(?:of|on|in)\b)", re.IGNORECASE)


def period_terms(sentence: str, low: str | None, pub: date | None,
                 make: Callable[[int, int, str, Any], Any]) -> list[Any]:
    """The hits (made by `make(start, end, kind, EventDate | None)`) of the report-period words of a sentence, in
    order. A cheap test first: every match holds one of _WORDS (lower-cased)."""
    text = low if low is not None else sentence.lower()
    out: list[Any] = []
    if "peak" in text:
        out.extend(make(m.start(), m.end(), "period", None) for m in _PEAK.finditer(sentence))
    if "week" not in text and "quarter" not in text:
        return out  # (every one of _WORDS holds "week" or "quarter": two substring tests say no for most sentences)
    if not any(w in text for w in _WORDS):
        return out
    for m in _IN_THE.finditer(sentence):
        if m.group("unit").lower() == "quarter":
            out.append(make(m.start(), m.end(), "period", None))
        else:
            out.append(make(m.start(), m.end(), "span", _week_month(pub, 0)))
    for m in _WEEK_BEFORE.finditer(sentence):
        out.append(make(m.start(), m.end(), "span", _week_month(pub, 7)))
    return sorted(out, key=lambda h: h.start)


def _week_month(pub: date | None, back: int) -> Any:
    """The month of the seven days ending `back` days before publication, when they lie in one month."""
    from extract.dateresolve import EventDate  # (dateresolve imports datespans, which dates.py imports first)

    if pub is None:
        return None
    last = pub - timedelta(days=back)
    first = last - timedelta(days=6)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return EventDate(last.isoformat()[:7], "week")


def merge_hits(found: list[Any], extra: list[Any]) -> list[Any]:
    """`found` with the `extra` hits that overlap none of them, in order of their starts."""
    if not extra:
        return found
    kept = [x for x in extra if not any(x.start < h.end and h.start < x.end for h in found)]
    return sorted(found + kept, key=lambda h: h.start)
