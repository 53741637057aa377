"""A day counted on from the day told before: "The bodies were found two days later", "He died the next day".

A sentence without a date of its own borrows the day of an earlier sentence (extract/dates.py
_undated_sentence); when it says its event came some days after ("two days later", "a day later", "the next
day", "the following morning"), its day is that many days on. A span ("for two days", "two days of fighting")
is no such offset, and "later" after other units ("two weeks later", "months later") gives no day; nor does
an offset in a relative clause ("Our team, which reached the camp two days later, counted 121 graves"), which
dates something else than the count.

Days after the day told, not counted ("in the following days", "in the days that followed", "over the next few
days"): a span from that day, its month (GUIDELINES: a span within a month is YYYY-MM), as _SPAN_AFTER. Weeks,
months or years after it ("in the weeks that followed"): no date, a span that may leave the month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extract.dateresolve import EventDate
from extract.datesaid import later_said
from extract.datewords import span_after
from extract.numwords import small_count

_LATER = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+later"
                    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)"
                    r"|(?:on\s+)?the\s+day\s+after)\b", re.IGNORECASE)


# The days after the day told, not counted: "in the following days", "in the days that followed", "over the next
# few days", "during the next days", "over the next two days" (not "the following day", one day: _LATER).
_DAYS_AFTER = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:(?:following|next|subsequent|ensuing)\s+"
                         r"(?:few\s+|several\s+|two\s+|three\s+)?days|days\s+(?:that\s+)?(?:followed|after(?:wards?)?))\b",
                         re.IGNORECASE)
SPAN_AFTER = -1  # days_later's answer for _DAYS_AFTER: the month of the day told (shifted)
# Weeks, months or years after the day told: "in the weeks that followed", "over the following months" (a span that
# may run past the month: no date).
_WEEKS_AFTER = span_after("weeks|months|years", "two|three")
LONG_AFTER = -2  # days_later's answer for _WEEKS_AFTER: no date (shifted)


def days_later(sentence: str) -> int:
    """How many days after the day told before the sentence's event came (0 when it does not say; SPAN_AFTER for
    days not counted, LONG_AFTER for weeks or more). A cheap test first: every match holds "later", "next",
    "following", "day after", "days", "s that followed" or "s after"."""
    low = sentence.lower()
    if "later" not in low and "next" not in low and "following" not in low and "day after" not in low \
            and "days" not in low and "s that followed" not in low and "s after" not in low:
        return 0
    if later_said(sentence):
        return 0  # "Three days later the spokesman said": the day of a statement (extract/datesaid.py)
    weeks = _WEEKS_AFTER.search(sentence) if "weeks" in low or "months" in low or "years" in low else None
    if weeks is not None and not _in_relative_clause(sentence, weeks.start()):
        return LONG_AFTER
    span = _DAYS_AFTER.search(sentence)
    if span is not None and not _in_relative_clause(sentence, span.start()):
        return SPAN_AFTER
    m = _LATER.search(sentence)
    if m is None or _in_relative_clause(sentence, m.start()):
        return 0
    n = m.group("n")
    if n is None:
        return 1
    return small_count(n)


_RELATIVE = re.compile(r"\b(?:which|who|whose|when)\b[^,;]*$", re.IGNORECASE)


def _in_relative_clause(sentence: str, start: int) -> bool:
    """Whether the offset at `start` stands in a relative clause ("Our team, which reached the camp two days
    later, counted 121 graves"): it dates the team's arrival, not the count."""
    return _RELATIVE.search(sentence, max(0, start - 80), start) is not None


def shifted(when: EventDate, days: int) -> EventDate | None:
    """`when` moved on by `days` (SPAN_AFTER: its month): a day stays a day; a date less precise than a day cannot
    be moved (None)."""
    if days == 0:
        return when
    if days == LONG_AFTER:  # "in the weeks that followed": no date
        return None
    if days == SPAN_AFTER:  # "in the following days": the month of the day told, or nothing less precise
        return EventDate(when.value[:7], "month") if when.precision == "day" else None
    if when.precision != "day" or len(when.value) != 10:
        return None
    return EventDate((date.fromisoformat(when.value) + timedelta(days=days)).isoformat(), "day")
