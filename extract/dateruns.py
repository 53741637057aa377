"""An event that ran over days: "The fighting began on Friday night and continued into Sunday", "The siege started
on 3 June and lasted until 6 June".

A count of such an event is of the days it ran, not of its first day: when they lie in one month, the month
(GUIDELINES: an event spread over days within one month is YYYY-MM, as "the night of Monday to Tuesday"); across
two months, no date. The first day is a hit after "began" / "started" / "broke out" / "erupted"; the last is named
after "and continued / lasted / went on / raged into / until / till / through", a weekday (the first such day after
the first) or a date the scan found; or the run's length is told later in the sentence ("broke out in the north on
17 April and turned into riots and killings that lasted three days": 17-19 April, its month). Both become kind
"wdspan", which lends its month to the sentences after it as
a named day does (extract/dates.py); the first is marked anchored, the date of an event, which may date a story's
incident (extract/datesaid.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extract.dateresolve import EventDate
from extract.numwords import small_count

# A run's length told after its first day, in the same sentence: "broke out in the north on 17 April and turned into
# riots that lasted three days", "... and went on for four days".
_LASTED = re.compile(r"\b(?:lasted|went\s+on|continued|raged|ran\s+on)\s+(?:for\s+)?"
                     r"(?P<n>two|three|four|five|six|[2-6])\s+days\b", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BEGAN = re.compile(r"\b(?:began|started|broke\s+out|erupted|flared)\s+(?:(?:in|at|across)\s+(?:the\s+)?[\w'’-]+\s+)?"
                    r"(?:late\s+|early\s+)?$", re.IGNORECASE)  # (a short place between: "broke out in the north on")
_RAN_TO = re.compile(r"\s*,?\s+and\s+(?:continued|lasted|went\s+on|raged|ran|carried\s+on)\s+(?:on\s+)?"
                     r"(?:into|until|till|through|to)\s+(?:the\s+)?(?:early\s+hours\s+of\s+|morning\s+of\s+|"
                     r"night\s+of\s+|(?:early|late)\s+)?(?P<last>" + "|".join(_WEEKDAYS) + r"|\d)", re.IGNORECASE)


def ran_over_days(sentence: str, out: list) -> list:
    """The hits with a run of days ("began on Saturday and continued into Monday") made one span of its month
    (the module's doc). A cheap test first: every run names how it began."""
    if not out or ("began" not in sentence and "started" not in sentence and "broke" not in sentence
                   and "erupted" not in sentence and "flared" not in sentence):
        return out
    out = list(out)
    for i, a in enumerate(out):
        if a.kind not in ("weekday", "explicit") or a.date is None or a.date.precision != "day" \
                or not _BEGAN.search(sentence, max(0, a.start - 44), a.start):
            continue
        m = _RAN_TO.match(sentence, a.end)
        if m is None:
            if (n := _days_run(sentence, a.end, out[i + 1 :])) is None:
                continue
            first = date.fromisoformat(a.date.value)
            last = first + timedelta(days=n - 1)
            when = EventDate(first.isoformat()[:7], "month") if (first.year, first.month) == (last.year, last.month) \
                else None
            out[i] = a._replace(kind="wdspan", date=when, anchored=True)
            continue
        first = date.fromisoformat(a.date.value)
        nxt = out[i + 1] if i + 1 < len(out) and out[i + 1].start <= m.end() + 3 else None
        if nxt is not None and nxt.date is not None and nxt.date.precision == "day":
            last = date.fromisoformat(nxt.date.value)
        elif m.group("last")[0].isalpha():
            step = (_WEEKDAYS.index(m.group("last").lower()) - first.weekday()) % 7
            last = first + timedelta(days=step)
        else:
            continue
        when = EventDate(first.isoformat()[:7], "month") \
            if (first.year, first.month) == (last.year, last.month) and first <= last else None
        out[i] = a._replace(kind="wdspan", date=when, anchored=True)
        if nxt is not None:
            out[i + 1] = nxt._replace(kind="wdspan", date=when, anchored=False)
    return out


def _days_run(sentence: str, at: int, later: list) -> int | None:
    """The number of days a run begun at `at` lasted, told later in its sentence ("... and turned into riots that
    lasted three days"), with no other date nor a semicolon between ("; a curfew lasted three days" is another's);
    None when none is told. A substring test first."""
    if "days" not in sentence:
        return None
    m = _LASTED.search(sentence, at)
    if m is None or ";" in sentence[at : m.start()] or any(h.start < m.start() for h in later):
        return None
    return small_count(m.group("n"))
