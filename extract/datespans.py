"""Date rules of extract/dates.py kept apart to hold that file under ~400 lines.

- a span of two weekdays ("during the night of Monday to Tuesday", "from Friday to Sunday") is the
  month both days fall in (GUIDELINES: a day span within one month is YYYY-MM), None across two months;
- "last year" is the year before publication, as "last month" is the month before it;
- in "the number killed in Sunday's raid rose to 63 yesterday" the later date is when the toll was
  counted: the event the count belongs to is the one its possessive date names;
- a date that opens a period ("since fighting began on May 23", "since the February 2021 coup", "the war, which
  began in April 2023, has killed ...") dates no count over it; a count since a day ("since Friday", "since this
  morning", "since 3 May", "since the violence began on Sunday 18 February": a weekday, as "since Sunday") is
  dated by the span from that day to publication, as any span of days (its month when both fall in one).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extract.dateexpr import _WEEKDAYS
from extract.rx import ascii_lower, guarded
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)

# The characters that break a clause (dates._CLAUSE_BREAK's, but for its " - ").
CLAUSE_MARKS = ",;:()—–"


def weekday_span_month(first: str, last: str, pub: date) -> tuple[str, str] | None:
    """(YYYY-MM, precision) of a span from weekday `first` to weekday `last`, the last day being the latest
    such weekday on or before publication; None when the two days lie in different months."""
    a, b = _WEEKDAYS.index(ascii_lower(first)), _WEEKDAYS.index(ascii_lower(last))
    end = pub - timedelta(days=(pub.weekday() - b) % 7)
    start = end - timedelta(days=(b - a) % 7)
    if (start.year, start.month) != (end.year, end.month):
        return None
    return end.isoformat()[:7], "week"


def last_year(pub: date) -> str:
    """The year before the published one, as YYYY."""
    return str(pub.year - 1)


# A toll that grew, just before its number: "rose to", "has risen to", "climbed to", "reached".
_GREW_BEFORE = guarded(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|grew)\s+(?:to\s+)?"
                          r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?$", re.IGNORECASE)


def grown_toll(before: str) -> bool:
    """Whether the words just before a number say a toll grew to it ("rose to 63"): then a date after it
    ("yesterday", "on Wednesday") is when the count was made, not when its dead were killed."""
    return bool(_GREW_BEFORE.search(before[-30:]))


_ATTRIBUTIVE = re.compile(r" [a-z]")  # "the March 4 bombing": a noun in lower case after the date


def is_possessive(sentence: str, start: int, end: int) -> bool:
    """Whether a date expression names the event of the noun after it: a possessive ("Sunday's raid",
    "Sunday night's raid") or a date between "the" and a noun ("the March 4 bombing")."""
    after = sentence[end : end + 2]
    if after in ("'s", "’s") or sentence[end - 2 : end] in ("'s", "’s"):
        return True
    return sentence[max(0, start - 4) : start].lower() == "the " and bool(_ATTRIBUTIVE.match(sentence, end))


# A date that opens a period: "since" before it in its clause ("since fighting began on May 23", "since the
# February 2021 coup", "since the Taliban took power in August 2021"), or a relative clause of beginning
# ("the war, which began in April 2023, has killed ..."). A count over the period has no event date.
_OPENERS = re.compile(r"\bsince\b|\b(?:began|begun|started|erupted|broke\s+out)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s", re.IGNORECASE)
_BEGAN_BEFORE = re.compile(r"\b(?:which|that)\s+(?:had\s+|has\s+)?(?:began|begun|started|erupted|broke\s+out)"
                           r"\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_OPEN_WINDOW = 80  # how far before a date its "since" may stand
_BRACKETED = re.compile(r"\([^()]{0,40}\)")


def _unbracketed(between: str) -> str:
    """The words between "since" and a date without a bracketed aside: "since the Yugoslav People's Army (JNA)
    began its aggression on Thursday" is one clause, its "(JNA)" no break. A cheap test first."""
    return _BRACKETED.sub("", between) if "(" in between else between


_OPENER_WORDS = ("since", "began", "begun", "started", "erupted", "broke")


def period_openers(sentence: str, low: str | None) -> bool:
    """Whether a sentence has a word that may make one of its dates the start of a period: the cheap test,
    by str.find over the lower-cased sentence (extract.rx.lowered) when there is one."""
    if low is not None:
        return has_any(low, _OPENER_WORDS)
    return bool(_OPENERS.search(sentence))


def opens_period(sentence: str, start: int, after: int) -> bool:
    """Whether the date expression at `start` is the start of a period: a "since" before it in its clause
    (not one that opened an earlier expression, which ends at `after`), or "which began" just before it."""
    lo = max(after, start - _OPEN_WINDOW)
    since = None
    for since in _SINCE.finditer(sentence, lo, start):
        pass
    if since is not None and not any(c in _unbracketed(sentence[since.start() : start]) for c in CLAUSE_MARKS):
        return True
    if _WEEKDAY_AT.match(sentence, start) and began_on_before(sentence, start):
        return True  # "since the offensive began on Wednesday": the weekday opens the "since" clause's period
    return bool(_BEGAN_BEFORE.search(sentence, lo, start))


_WEEKDAY_AT = re.compile(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_WEEKDAY = re.compile(r"since\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)


def since_just_before(sentence: str, start: int) -> bool:
    """Whether "since" stands right before the date at `start` ("since this morning", "since on Tuesday")."""
    return bool(_SINCE_JUST_BEFORE.search(sentence, max(0, start - 12), start))


_MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAY_WORD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+(?:" + _MONTH_WORDS + r")\b"
             r"|(?:" + _MONTH_WORDS + r")\s+\d{1,2}\b)")
_SINCE_BEGAN_DAY = guarded(r"\bsince\s[^,;:.]{0,60}?\b(?:began|begun|started|launched|opened|erupted|broke\s+out)\b"
                              r"[^,;:.]{0,40}?\bon\s+" + _DAY_WORD, re.IGNORECASE)


def since_began_day(sentence: str) -> bool:
    """Whether the sentence counts since the day something began ("Since the army began its offensive on
    Thursday, 40 …"): a span of days like "since Thursday", the story around it still its own story's
    (extract/places.py lends it the place of the sentences around, as extract/placescope.py does "since Thursday")."""
    return "since" in sentence.lower() and _SINCE_BEGAN_DAY.search(sentence) is not None


def since_weekday(expression: str, pub: date) -> date | None:
    """The day of "since Friday": the latest such weekday before publication; None for other periods."""
    m = _SINCE_WEEKDAY.fullmatch(expression)
    if m is None:
        return None
    back = (pub.weekday() - _WEEKDAYS.index(ascii_lower(m.group(1)))) % 7
    return pub - timedelta(days=back)


# "since the violence began on Sunday 18 February": the weekday something began, in a "since" clause, counts days
# as "since Sunday" does (since_began_day's form, the weekday just after "began on"). A date without its weekday
# ("since fighting began on May 23") opens a period and dates nothing.
_BEGAN_ON_BEFORE = re.compile(r"\bsince\s[^,;:.]{0,60}?\b(?:began|begun|started|launched|opened|erupted|broke\s+out)"
                              r"(?:\s+on)?\s*$", re.IGNORECASE)


def began_on_before(sentence: str, start: int) -> bool:
    """Whether the date at `start` is the day a "since" clause's event began ("since the violence began on Sunday
    18 February", "since the offensive started on Friday"): asked of a weekday, whose count spans the days from it
    to publication."""
    return bool(_BEGAN_ON_BEFORE.search(sentence, max(0, start - 80), start))


_MONTHS = _MONTH_WORDS.split("|")
# The day named after a weekday: "Sunday 18 February", "Sunday, February 18".
_APPOSED_DAY = re.compile(r",?[ \t]+(?:(?P<d>\d{1,2})[ \t]+(?P<m>" + _MONTH_WORDS + r")|(?P<m2>" + _MONTH_WORDS
                          + r")[ \t]+(?P<d2>\d{1,2}))\b(?:,?[ \t]+(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)


def apposed_day(sentence: str, end: int, pub: date) -> date | None:
    """The day a weekday ending at `end` is named as ("since Sunday 18 February"): the latest such day on or
    before publication, or in the year written; None when no day and month follow (or a day no month has)."""
    m = _APPOSED_DAY.match(sentence, end)
    if m is None:
        return None
    month = _MONTHS.index(ascii_lower(m.group("m") or m.group("m2"))) + 1
    day = int(m.group("d") or m.group("d2"))
    try:
        if m.group("y"):
            return date(int(m.group("y")), month, day)
        got = date(pub.year, month, day)
        return got if got <= pub else date(pub.year - 1, month, day)
    except ValueError:
        return None


def span_to(day: date, pub: date) -> tuple[str, str] | None:
    """(date, precision) of the days from `day` to publication: the day when they are one, the month
    (GUIDELINES: a day span within one month is YYYY-MM) when they share it, else None."""
    if day == pub:
        return day.isoformat(), "day"
    if day > pub or (day.year, day.month) != (pub.year, pub.month):
        return None
    return day.isoformat()[:7], "week" if (pub - day).days <= 7 else "month"


def since_span(sentence: str, m: re.Match, kind: str, pub: date | None, explicit=None) -> tuple[str, str] | None:
    """(date, precision) of a count since a day ("since Friday", "since this morning", "since on Tuesday", "since
    3 May": `explicit`, the day an explicit date resolves to): the span from that day to publication; None for other
    periods (and without a published date)."""
    if pub is None:
        return None
    day = None
    if kind == "period":
        day = since_weekday(m.group(0), pub)
        day = day and (apposed_day(sentence, m.end(), pub) or day)  # "since Sunday, 18 February"
    elif since_just_before(sentence, m.start()) or (kind == "weekday" and began_on_before(sentence, m.start())):
        if kind == "today":
            day = pub
        elif kind == "yesterday":
            day = pub - timedelta(days=1)
        elif kind == "weekday":
            wd = _WEEKDAYS.index(ascii_lower(m.group("wd") or m.group("wd2") or m.group("wd3")))
            day = apposed_day(sentence, m.end(), pub) or pub - timedelta(days=(pub.weekday() - wd) % 7)
        elif kind == "explicit" and explicit is not None and explicit.precision == "day":
            day = date.fromisoformat(explicit.value)  # "since 3 May": the days from 3 May to publication
    return span_to(day, pub) if day else None


def possessive_owner(sentence: str, hits: tuple, rel_s: int, rel_e: int):  # noqa: ANN201 (a dates._Hit or None)
    """In "the number killed in Sunday's raid rose to 63 yesterday", the possessive date before the number
    (of `hits`, extract/dates.py's _Hit): a date after a grown toll is the day it was counted."""
    if not any(h.start > rel_e for h in hits) or not grown_toll(sentence[:rel_s]):
        return None
    return next((h for h in hits if h.end <= rel_s and h.date is not None and is_possessive(sentence, h.start, h.end)),
                None)


# "bringing the number of displaced people in the country to 1.9 million": a running total, not an event's count
_BROUGHT_TO = re.compile(r"\bbringing\s+(?:the|its|their)\s+(?:[\w'’]+\s+){0,2}(?:total|number|toll|tally|count)\b[^,;.:]{0,90}"
                         r"\bto\s+(?:(?:more\s+than|over|some|about|nearly|almost|at\s+least|an\s+estimated)\s+)?$",
                         re.IGNORECASE)


def brought_to(before: str) -> bool:
    """Whether the words before a number make it a running total ("bringing the number of ... to"): a total
    has no event date. A str.find first: every match holds "bringing"."""
    return "bringing" in before.lower() and bool(_BROUGHT_TO.search(before))


# "bringing the toll to 74", "bringing the death toll to at least 30": the toll alone, no period nor place after it
# (not "the toll since January", "the toll in the province"): a toll of one incident when the story is of one.
_TOLL_TO = re.compile(r"\bbringing\s+the\s+(?:death\s+)?toll\s+to\s+(?:(?:more\s+than|over|about|nearly|almost"
                      r"|at\s+least)\s+)?$", re.IGNORECASE)


def toll_brought_to(before: str) -> bool:
    """Whether the words before a number are "bringing the (death) toll to" alone (_TOLL_TO): in an incident's story
    (extract/dates.py), the incident's toll grown by later deaths, which keeps the incident's date."""
    return bool(_TOLL_TO.search(before))
