"""An operation of a few days whose first day is named: its counts are of its month.

"... killed during the security forces' operation in the district, the first count given since troops entered it on
May 24" and later "the four-day operation": the operation ran from May 24 to May 27, a span of days within one month,
which GUIDELINES dates `YYYY-MM`. Its tolls, told days later ("the minister told the House yesterday that ...", "he
said the dead numbered 76"), carry no date of their own but the telling's; they are counts of the operation, so
they take its month. operation_month finds, once per document, the length of an operation written "N-day operation"
(also offensive, incursion, raid, siege, assault) and its first day: the first day named in the document's first
sentences in a sentence that names the same noun ("since troops entered the town on May 24" opens a period that
is the operation's, not a running total's). When the days run past the month's end, or the operation is still going
at publication, no month: a running total stays undated. A count "on the first day" of such an operation is of its
first day (`first_day`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from extract.dateexpr import _EXPR
from extract.dateresolve import EventDate, _kind, _resolve
from extract.numwords import word_value

# "the four-day operation", "a 3-day offensive": the operation's length and its noun
_N_DAY = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])-day\s+(?:(?:military|security|police|army)\s+)?"
                    r"(operation|offensive|incursion|raid|siege|assault)\b", re.IGNORECASE)
_LEAD = 8  # the document's first sentences searched for the first day
# "on the first day", "on the operation's first day", "on its first day"
# (not "on the first day of the talks", another thing's first day; "of the operation" is its own)
_FIRST_DAY = re.compile(r"\bon\s+(?:the|its|the\s+operation's)\s+(?:very\s+)?first\s+day\b"
                        r"(?!\s+of\s+(?!the\s+(?:operation|offensive|incursion|raid|siege|assault)\b))", re.IGNORECASE)


@lru_cache(maxsize=32)
def operation_month(text: str, sentences: tuple[tuple[int, int], ...], pub: date | None
                    ) -> tuple[date, EventDate] | None:
    """(the operation's first day, its month) when the document tells an operation of a few days and its first day
    (the module's doc), else None. A cheap test first: "-day " in the text."""
    if pub is None or "-day " not in text:
        return None
    m = _N_DAY.search(text)
    if m is None:
        return None
    days = word_value(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
    assert days is not None  # (_N_DAY's words are all number words)
    noun = m.group(2).lower()
    for s, e in sentences[:_LEAD]:
        sentence = text[s:e]
        if noun not in sentence.lower():
            continue
        for x in _EXPR.finditer(sentence):
            kind = _kind(x)
            when = _resolve(x, kind, pub) if kind == "explicit" else None
            if when is None or when.precision != "day":
                continue
            first = date.fromisoformat(when.value)
            last = first + timedelta(days=days - 1)
            if last.month != first.month or last >= pub:
                return None
            return first, EventDate(when.value[:7], "month")
    return None


def opens_operation(sentence: str, hit_start: int, first: date, pub: date | None) -> bool:
    """Whether the period hit at `hit_start` of a sentence is opened by the operation's first day ("since troops
    entered the town on May 24"): a count over the operation, not a running total."""
    x = _EXPR.search(sentence, hit_start)
    if x is None or _kind(x) != "explicit":
        return False
    when = _resolve(x, "explicit", pub)
    return when is not None and when.value == first.isoformat()


def first_day(sentence: str, first: date) -> EventDate | None:
    """The operation's first day for a sentence that counts "on the first day" (of the operation), else None."""
    if "first day" not in sentence or _FIRST_DAY.search(sentence) is None:
        return None
    return EventDate(first.isoformat(), "day")
