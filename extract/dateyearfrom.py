"""A day or month written without its year takes the year the document last gave that month (for extract/dates.py).

A date without a year ("on 4 November", "between 24 and 29 October", "in March") is resolved against the published
date: the last such day on or before it. A text about an earlier year names that year once, with the month ("the
attack on the town in March 1988", a title "Budapest, October-November 1956", "On 23 October 1956 ...") and then
drops it: "Iranian forces had entered the town on 15 March" is 15 March 1988, not the March before a judgment
published in 2010. So a date resolved from the publication whose year the text never wrote takes the year of
the nearest earlier mention of the same month with a year, when that year is another.

Not reached: a date whose month the text never gave with a year ("On 3 May, 12 were killed" after "the war began in
February 2022": the publication's year stays); the published day itself ("today", "now"); a year alone ("last
year"); a date written with its year ("4 November 2015" before or in the sentence: the nearest mention of the month
then has that year, and nothing changes).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from extract.dateresolve import EventDate

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# What follows a month's name when the year is written with it: "March 1988", "16 March 1988" (the day is before
# the name), "March 16, 1988", "October-November 1956" (the year after the second month).
_YEAR_AFTER = re.compile(r"(?:\s*[-–/]\s*" + _MONTH + r")?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(1[89]\d\d|20\d\d)\b")


@lru_cache(maxsize=64)
def _month_years(text: str, month: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The offsets of the text's mentions of a month (1-12) with a year, and those years, in order. Each mention of
    the month's name is found with str.find; an anchored match after it reads the year."""
    name = _MONTHS[month - 1]
    starts: list[int] = []
    years: list[int] = []
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        m = _YEAR_AFTER.match(text, end)
        if m is not None and not text[end : end + 1].isalpha():
            starts.append(i)
            years.append(int(m.group(1)))
        i = text.find(name, end)
    return tuple(starts), tuple(years)


@lru_cache(maxsize=64)
def _published_day(pub: date) -> str:
    """The published date's ISO day, formatted once per date (date.isoformat formats through printf)."""
    return pub.isoformat()


def year_from_text(text: str, at: int, sentence: str, when: EventDate | None, pub: date | None) -> EventDate | None:
    """`when` (the date of a claim whose sentence starts at `at`) moved into the year the text last gave its month
    before the sentence, when it was resolved from the publication (module doc); else `when` as it is. The
    document's months with a year are found once (_month_years); most dates stop at the first tests (each answers
    `when` as it is, so their order only decides which is asked first: the cheapest first)."""
    if when is None or pub is None:
        return when
    value = when.value
    if len(value) < 7 or when.precision == "year":
        return when
    year = value[:4]
    if year in sentence:
        return when  # its year written here
    if value == _published_day(pub) or int(year) < pub.year - 1:
        return when  # the published day, or a date of long before
    starts, years = _month_years(text, int(value[5:7]))
    if not starts or starts[0] >= at:
        return when  # the month never written with a year before the sentence
    written = str(years[bisect.bisect_left(starts, at) - 1])
    if written == year:
        return when
    value = written + value[4:]
    if when.precision == "day":
        try:
            date.fromisoformat(value)
        except ValueError:
            return when  # (29 February of a year without one)
    return EventDate(value, when.precision)

