"""The year of the story a document tells, for a day or month written without its year (for extract/dateyearfrom.py).

A documentary about 1954, sleeve notes about 1879 or a guide to a 1915 battlefield name their year once ("By March
1954 ...", "On the morning of 22 January 1879 ...", a title "Dien Bien Phu, 1954") and then drop it: "On 7 May the
last positions surrendered", "In March the column lost 94 men", "on 4 July" belong to that year, not to the year the
film or the notes came out. dateyearfrom.py moves a yearless date to the year the text last gave the same month;
this is its fallback when the month was never written with a year: the date takes the year of the nearest earlier
story year (a month or day written with its year, or a year alone in a title line: one not ending as a sentence), counted so the date falls within
six months of that mention ("In December 1939 ... on 5 January" is January 1940; "25 April 1915 ... Earlier, on 18
March" is March 1915).

Not reached (the publication's year stays): news of the day, a document that has told of a day by the calendar of
its publication ("on Tuesday", "yesterday", "today", "last week") before the sentence or in it, or named the publication's
year (or a later one) before it ("On 26 March 2010 ... as in November 2009 ... in July"; the month of publication
itself is the document's own stamp, "Imagery note, June 2008", and does not count); a date after publication
(planned: "exercises in July"); a year that opens a period ("since March 2011", "the siege began in April 1994",
"from May 2014"); a year alone in the body ("in 2014, rebels seized the town": background as often as the story).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from extract.dateresolve import EventDate, in_year
from extract.rx import guarded

# The months' names, and an alternation of them (also extract/dateyearfrom.py's, which imports this module).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ALTERNATION = "(?:" + "|".join(MONTH_NAMES) + ")"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# What follows a month's name when the year is written with it: "March 1954", "22 January 1879" (the day before the
# name), "May 7, 1954", "October-November 1956" (the year after the second month).
_YEAR_AFTER = re.compile(r"(?:\s*[-–/]\s*" + MONTH_ALTERNATION + r")?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(1[89]\d\d|20\d\d)\b")
# A year standing alone in the title line: "Dien Bien Phu, 1954", "the Anglo-Zulu War, 1879" (not "14/2019").
_TITLE_YEAR = re.compile(r"(?<![\w/.,])(1[89]\d\d|20\d\d)(?![\w/]|,\d)")
# Words before a month and year that make it the start or end of a period, not the story's time.
_PERIOD_BEFORE = guarded(r"(?:\bsince|\bfrom|\buntil|\btill|\bbetween|\bbegan\s+in|\bbegun\s+in|\bstarted\s+in"
                            r"|\bstarting\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:[0-3]?\d\s+)?$", re.IGNORECASE)
# A verb that opens a period earlier in the mention's clause: "Marches began in the capital on 10 January 2001".
_OPENED_BEFORE = guarded(r"\b(?:began|begun|started|opened|broke\s+out)\b[^.;:!?\n]*$", re.IGNORECASE)
# What makes a title's year no year of the story's own: a month's (read with the month) or a period's.
_MONTH_OR_PERIOD_BEFORE = re.compile(r"(?:" + MONTH_ALTERNATION + r"(?:\s+[0-3]?\d)?,?|\bsince|\bfrom|\buntil|\bbetween)\s+$",
                                     re.IGNORECASE)
# Words that tell of a day by the calendar of publication: news of the day.
_NEWS_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
               "tonight", "last week", "this week")
# Any of them: the leftmost match is the first of them in the text, found in one scan that stops there.
_NEWS = re.compile("|".join(_NEWS_WORDS))


@lru_cache(maxsize=32)
def _first_news_word(text: str) -> int:
    """The offset of the text's first word dating something by the calendar of publication (len(text) if none)."""
    m = _NEWS.search(text.lower())  # (the leftmost match: the least of each word's first offset)
    return len(text) if m is None else m.start()


@lru_cache(maxsize=32)
def _story_years(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The offsets of the text's story years, in order, and each one's (year, month): month 0 for a year alone in
    the title line. Each month's name is found with str.find, and the year read after it by an anchored match."""
    found: dict[int, tuple[int, int]] = {}
    nl = text.find("\n")
    if nl > 0 and not text[:nl].rstrip().endswith((".", "!", "?")):  # a title line, not the first sentence
        for m in _TITLE_YEAR.finditer(text, 0, nl):
            if not _MONTH_OR_PERIOD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                found[m.start()] = (int(m.group(1)), 0)
    for month, name in enumerate(MONTH_NAMES, start=1):
        i = text.find(name)
        while i >= 0:
            end = i + len(name)
            y = _YEAR_AFTER.match(text, end)
            if y is not None and not text[end : end + 1].isalpha() \
                    and not _PERIOD_BEFORE.search(text, max(0, i - 24), i) \
                    and not _OPENED_BEFORE.search(text, max(0, i - 60), i):
                found[i] = (int(y.group(1)), month)
            i = text.find(name, end)
    keys = sorted(found)
    return tuple(keys), tuple(found[k] for k in keys)


@lru_cache(maxsize=64)
def _published_day(pub: date) -> str:
    return pub.isoformat()


def story_year(text: str, at: int, end: int, when: EventDate, pub: date) -> EventDate:
    """`when` (a day or month resolved from the published date, in a sentence from `at` to `end`) moved into the
    year of the nearest earlier story year (module doc), else `when` as it is."""
    if _first_news_word(text) < end:
        return when  # news of the day (the cheaper test first: most documents are news)
    starts, years = _story_years(text)
    k = bisect.bisect_left(starts, at)
    if k == 0:
        return when
    if when.value > _published_day(pub) or any(y > pub.year or (y == pub.year and m != pub.month)
                                                for y, m in years[:k]):
        return when  # a date planned ahead, or a story the text has set in the publication's year before
    told, month = years[k - 1]
    if told >= pub.year:
        return when
    target = int(when.value[5:7])
    year = told
    if month:  # the year that puts the date nearest the mention's month (on a tie, its own, then the next)
        year = min((told, told + 1, told - 1), key=lambda y: abs((y - told) * 12 + target - month))
    return in_year(when, year) or when  # (as it is: 29 February of a year without one)
