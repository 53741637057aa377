"""A day or month written without its year takes the year the document last gave that month (for extract/dates.py).

A date without a year ("on 4 November", "between 24 and 29 October", "in March") is resolved against the published
date: the last such day on or before it. A text about an earlier year names that year once, with the month ("the
attack on the town in March 1988", a title "Budapest, October-November 1956", "On 23 October 1956 ...") and then
drops it: "Iranian forces had entered the town on 15 March" is 15 March 1988, not the March before a judgment
published in 2010. So a date resolved from the publication whose year the text never wrote takes the year of
the nearest earlier mention of the same month with a year, when that year is another.

A day of another month shortly after a day the text dated in full goes on in its year: "Protests began on 14
February 2011. ... On 14 March, troops crossed ..." is 14 March 2011 (a story told day by day, _after_dated_day).

Not reached: a date whose month the text never gave with a year, past a month alone ("On 3 May, 12 were killed"
after "the war began in February 2022": the publication's year stays), or more than three months after the day; the published day itself ("today", "now"); a year alone ("last
year"); a date written with its year ("4 November 2015" before or in the sentence: the nearest mention of the month
then has that year, and nothing changes).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from typing import overload

from extract.dateresolve import EventDate, in_year
from extract.storyyear import MONTH_ALTERNATION as _MONTH, MONTH_NAMES as _MONTHS, story_year

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


_NEAR = 300  # how far before a sentence dated the published day its day and month may be written (the date it inherits)


@lru_cache(maxsize=64)
def _published_day(pub: date) -> str:
    """The published date's ISO day, formatted once per date (date.isoformat formats through printf)."""
    return pub.isoformat()


@overload
def year_from_text(text: str, at: int, sentence: str, when: EventDate, pub: date | None) -> EventDate: ...
@overload
def year_from_text(text: str, at: int, sentence: str, when: None, pub: date | None) -> None: ...
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
    end = at + len(sentence)
    if value == _published_day(pub):
        near = text[max(0, at - _NEAR) : end]
        if _MONTHS[pub.month - 1] in near and str(pub.day) in near:
            told = story_year(text, at, end, when, pub)  # "On 7 May" in a film published on 7 May (storyyear.py)
            return told if told is not when else _after_dated_day(text, at, when, pub, same_month=True)
        return when  # the published day ("today", "now")
    if int(year) < pub.year - 1:
        return when  # a date of long before
    starts, years = _month_years(text, int(value[5:7]))
    if not starts or starts[0] >= at:
        # the month never written with a year before the sentence: a story told day by day, or the story's year
        moved = _after_dated_day(text, at, when, pub)
        return story_year(text, at, end, when, pub) if moved is when else moved
    written = str(years[bisect.bisect_left(starts, at) - 1])
    if written == year:
        return when
    shifted = in_year(when, written)
    if shifted is None or shifted.precision == "day" and shifted.value > _published_day(pub):
        return when  # (29 February of a year without one; a day after publication: "a year ago tomorrow" is no
        # yearless day the report's own "14 March 2020" may move)
    return shifted



# What a day written in full has just before its year: "14 February " or "February 14, " (the year is found first,
# with str.find, and this asked of the few characters before it).
_DAY_MONTH_BEFORE = re.compile(r"(?:(?<![\w.])([0-3]?\d)\s+" + _MONTH + r"|(?<![\w'’])" + _MONTH
                               + r"\s+([0-3]?\d)(?:st|nd|rd|th)?,?)\s+$")
_CENTURIES = (" 19", " 18", " 20")  # a blank and a year's first digits
_STORY_DAYS = 92  # how long after the dated day a yearless day still goes on in its year


@lru_cache(maxsize=64)
def _full_days(text: str) -> tuple[tuple[int, ...], tuple[date, ...]]:
    """The offsets and dates of the text's days written in full ("14 February 2011", "February 14, 2011"), in order;
    each is asked of the calendar (a day that does not exist is left out). Each year is found with str.find (a blank
    and its first two digits, then two digits and no third), and the day and month are read just before it."""
    found: list[tuple[int, date]] = []
    for century in _CENTURIES:
        i = text.find(century)
        while i >= 0:
            y = i + 1
            if text[y + 2 : y + 4].isdigit() and not text[y + 4 : y + 5].isalnum():
                m = _DAY_MONTH_BEFORE.search(text, max(0, i - 24), y)
                if m is not None:
                    day = m.group(1) or m.group(2)
                    month = m.group().split()[1 if m.group(1) else 0].rstrip(",")
                    try:
                        found.append((m.start(), date(int(text[y : y + 4]), _MONTHS.index(month) + 1, int(day))))
                    except ValueError:
                        pass  # (31 April)
            i = text.find(century, i + 3)
    found.sort()
    return tuple(s for s, _ in found), tuple(d for _, d in found)


def _after_dated_day(text: str, at: int, when: EventDate, pub: date, same_month: bool = False) -> EventDate:
    """`when` in the year of the last day written in full before `at`, when it falls up to three months after that
    day in that year and not after publication ("on 14 February 2011 ... On 14 March" -> 2011-03-14); else `when` as it is. Only a day: a
    month alone ("in March") names no step of a story told day by day. The document's full days are found once.
    `same_month`: only a day of the full day's own month, for a yearless day that is the published day (a talk of
    "the raid of 14 November 1940" reported on 20 November 2015: "buried together on 20 November" is of 1940 even
    though the report dated its meeting by its own calendar, "Thursday 12 November")."""
    if when.precision != "day":
        return when
    starts, days = _full_days(text)
    k = bisect.bisect_left(starts, at)
    if k == 0:
        return when
    last = days[k - 1]
    if str(last.year) == when.value[:4] or same_month and last.month != int(when.value[5:7]):
        return when
    try:
        moved = date(last.year, int(when.value[5:7]), int(when.value[8:10]))
    except ValueError:
        return when
    if not 0 < (moved - last).days <= _STORY_DAYS or moved > pub:
        return when
    return EventDate(moved.isoformat(), "day")
