"""The date a date expression names: which kind of expression it is, and the day, week, month or year it
resolves to, counted from the published date where it is relative ("on Wednesday", "last week").

extract/dateexpr.py's _EXPR takes an expression apart, one named group per kind; extract/dates.py decides which
expression governs a number and asks _kind and _resolve here for its date. The standard library's calendar
checks an explicit date ("February 30" is none); dateparser was tried and cost 2 ms a date for nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from extract.dateexpr import _WEEKDAYS
from extract.datespans import last_year, weekday_span_month
from extract.rx import ascii_lower


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date of an event, as precise as the text tells it."""

    value: str  # ISO prefix: "2016-05-23", "2016-05" or "2016"
    precision: str  # one of vocab.DATE_PRECISIONS


def in_year(when: EventDate, year: int | str) -> EventDate | None:
    """`when` moved into another year, or None when its day does not exist there (29 February)."""
    value = str(year) + when.value[4:]
    if when.precision == "day":
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
    return EventDate(value, when.precision)


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_KINDS = ("period", "span", "wdspan", "explicit", "monthyear", "month", "relmonth", "lastyear", "year", "weekday",
          "weekend", "lastweek", "thisweek", "yesterday", "daysago", "yearsago", "today")
_KIND_SET = frozenset(_KINDS)


def _kind(m: re.Match) -> str:
    """The kind of expression a match of _EXPR is: the name of its one kind group that matched.

    Each kind's group encloses the groups of its parts ("em", "ed"...) and closes last, so it is the match's
    lastgroup (re's record of the group closed last); the loop over the kinds is the long way, kept for a
    match whose lastgroup is no kind ("on" before "explicit" closes first, so it never is)."""
    k = m.lastgroup
    if k in _KIND_SET and m.group(k):
        return k
    return _kind_slow(m)


def _kind_slow(m: re.Match) -> str:
    for k in _KINDS:
        if m.group(k):
            return k
    return "period"


def _resolve(m: re.Match, kind: str, pub: date | None) -> EventDate | None:
    """The date an expression of `kind` names, counted from the published date where it is relative.

    The kinds are tested most frequent first (today, weekday, explicit: three hits in four); they
    exclude one another, so the order changes nothing else."""
    if kind == "period":
        return None
    if kind == "today":
        return None if pub is None else _day(pub)  # today, now, this morning, so far
    if kind == "weekday":
        if pub is None:
            return None
        wd = _WEEKDAYS.index(ascii_lower(m.group("wd") or m.group("wd2") or m.group("wd3")))
        back = (pub.weekday() - wd) % 7
        if back == 0 and m.group(0).lower().startswith("last"):
            back = 7
        return _day(pub - timedelta(days=back))
    if kind == "explicit":
        month = m.group("em") or m.group("em2")
        day = m.group("ed") or m.group("ed2")
        year = m.group("ey") or m.group("ey2")
        d = _calendar_date(month, int(day), int(year) if year else None, pub)
        return _day(d) if d else None
    if kind == "yesterday":
        return None if pub is None else _day(pub - timedelta(days=1))
    return _resolve_rare(m, kind, pub)


def _week_month(first: date, last: date) -> EventDate | None:
    """The month of a past week's days from `first` to `last`; None when they run into the next month (GUIDELINES: a
    span of days within one month is YYYY-MM; "last week's riots" of a Monday 4 May ran from 27 April to 3 May)."""
    if first.month != last.month:
        return None
    return EventDate(first.isoformat()[:7], "week")


def _resolve_rare(m: re.Match, kind: str, pub: date | None) -> EventDate | None:
    """_resolve for the kinds other than period, today, weekday, explicit and yesterday."""
    if kind == "span":
        month = m.group("sm") or m.group("sm2")
        d1, d2 = int(m.group("sd1") or m.group("sd3")), int(m.group("sd2") or m.group("sd4"))
        year = m.group("sy") or m.group("sy2")
        d = _calendar_date(month, min(d1, d2), int(year) if year else None, pub)
        if d is None or not 0 <= d2 - d1 <= 31:
            return None
        return EventDate(d.isoformat()[:7], "week" if d2 - d1 <= 7 else "month")
    if kind == "monthyear":
        d = _calendar_date(m.group("mm"), 1, int(m.group("my")), pub)
        return EventDate(d.isoformat()[:7], "month") if d else None
    if kind == "year":
        return EventDate(m.group("yr"), "year")
    if pub is None:
        return None  # every form below counts from the published date
    if kind == "month":
        d = _calendar_date(m.group("mo"), 1, None, pub)
        return EventDate(d.isoformat()[:7], "month") if d else None
    if kind == "wdspan":
        span = weekday_span_month(m.group("ws1"), m.group("ws2"), pub)
        return EventDate(*span) if span else None
    if kind == "lastyear":
        return EventDate(last_year(pub), "year")
    if kind == "relmonth":
        d = pub.replace(day=1)
        if ascii_lower(m.group(0)).startswith("last"):
            d = (d - timedelta(days=1)).replace(day=1)
        return EventDate(d.isoformat()[:7], "month")
    if kind == "weekend":
        # the Saturday and Sunday on or before publication
        sunday = pub - timedelta(days=(pub.weekday() - 6) % 7)
        saturday = sunday - timedelta(days=1)
        return EventDate(saturday.isoformat()[:7], "week")
    if kind == "lastweek":  # Monday to Sunday before the week of publication
        monday = pub - timedelta(days=pub.weekday() + 7)
        return _week_month(monday, monday + timedelta(days=6))
    if kind == "thisweek":  # (the week under way: its Monday's month, as a table's "this week" column is read)
        monday = pub - timedelta(days=pub.weekday())
        return EventDate(monday.isoformat()[:7], "week")
    if kind == "daysago":
        n = ascii_lower(m.group("dn"))
        return _day(pub - timedelta(days=int(n) if n.isdigit() else _SMALL[n]))
    if kind == "yearsago":
        return _years_ago(m, pub)
    return _day(pub)  # (no other kind: _kind names one of _KINDS)


_DAY_AFTER = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _years_ago(m: re.Match, pub: date) -> EventDate:
    """The day "a year ago tomorrow" / "two years ago today" names: the day after (before, or on) publication, that
    many whole years back (29 February back to a year without one: the 28th)."""
    n = ascii_lower(m.group("yn"))
    years = int(n) if n.isdigit() else 1 if n in ("a", "one") else _SMALL[n]
    base = pub + timedelta(days=_DAY_AFTER[ascii_lower(m.group("yday"))])
    try:
        return _day(base.replace(year=base.year - years))
    except ValueError:
        return _day(base.replace(year=base.year - years, day=28))


@lru_cache(maxsize=1024)
def _day(d: date) -> EventDate:
    """EventDate(d.isoformat(), "day"), one object per day: most hits name a day near publication, and a
    frozen dataclass costs more to build than to look up (EventDate is immutable, so sharing it is safe)."""
    return EventDate(d.isoformat(), "day")


def _calendar_date(month: str, day: int, year: int | None, pub: date | None) -> date | None:
    """A calendar date; without a year, the latest one not after publication (plus a day's grace)."""
    if year is None and pub is None:
        return None
    y = year
    if not y:
        assert pub is not None  # (a year or a publication date, see above)
        y = pub.year
    d = _parse_date(day, ascii_lower(month.rstrip(".")), y)
    if d is not None and year is None and pub is not None and d > pub + timedelta(days=1):
        d = _parse_date(day, ascii_lower(month.rstrip(".")), d.year - 1)
    return d


def _parse_date(day: int, month: str, year: int) -> date | None:
    """The day named by the regex's parts, or None if there is no such day ("February 30").

    The expression regex has already taken the date apart, so the standard library's calendar does
    the rest; dateparser (tried first) cost 2 ms a date and added nothing here.
    """
    try:
        return date(year, _MONTH_NUMBER[month[:3]], day)
    except (KeyError, ValueError):
        return None
