"""Days named by a feast of fixed date: "On New Year's Day a mob set fire to the church", "on Christmas Eve 1999"
(for extract/datescan.py, which adds these hits to those of extract/dateexpr.py).

A feast on a fixed day of the calendar names that day as "on 1 January" would: with "on" before it, the day of an
event (kind "explicit", anchored). Without a year it is the last such day on or before publication, as a weekday
is ("On New Year's Day" in a letter of 10 January 2008 is 2008-01-01; in one of 20 December 2008, 2008-01-01
too). Only "on <feast>" is read: "since Christmas" opens a period and "the Christmas truce" names no day. Feasts
that move (Easter, Eid, Ramadan) are not read: their day needs a calendar of their own.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from extract.storyyear import WEEKDAY_NAMES

# The feasts of fixed date (month, day), by their lower-cased names with a plain apostrophe.
FEASTS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
          "christmas eve": (12, 24), "boxing day": (12, 26)}
_FEAST = re.compile(r"\bon\s+(?P<feast>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day)\b"
                    r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?", re.IGNORECASE)


def feast_days(sentence: str, low: str | None, pub: date | None, make: Callable[..., Any]) -> list[Any]:
    """The hits (made by `make(start, end, kind, EventDate | None, anchored)`) of "on <feast>" in the sentence, in
    order (module doc). A cheap test first: "new year", "christmas" or "boxing" in the lower-cased sentence."""
    if low is None and "ew" not in sentence and "hristmas" not in sentence and "oxing" not in sentence \
            and "EW" not in sentence and "HRISTMAS" not in sentence and "OXING" not in sentence:
        return []  # (the usual case, without lower-casing a sentence lowered() would not)
    text = low if low is not None else sentence.lower()
    if "new year" not in text and "christmas" not in text and "boxing" not in text:
        return []
    from extract.dateresolve import EventDate  # (dateresolve imports datespans, which dates.py imports first)

    out = []
    for m in _FEAST.finditer(sentence):
        month, day = FEASTS[" ".join(m.group("feast").lower().replace("’", "'").split())]
        year = int(m.group("year")) if m.group("year") else None
        when: date | None = None
        if year is not None:
            when = date(year, month, day)
        elif pub is not None:
            when = date(pub.year, month, day)
            if when > pub:
                when = date(pub.year - 1, month, day)
        out.append(make(m.start(), m.end(), "explicit", EventDate(when.isoformat(), "day") if when else None, True))
    return out


# A weekday that is part of a feast's or an event's name ("the Easter Sunday bombings", "on Good Friday", "Bloody
# Sunday"): a day of its own calendar or a name, not the weekday before publication.
_NAMED_DAY_WORDS = frozenset(("Easter", "Palm", "Good", "Holy", "Maundy", "Ash", "Whit", "Bloody", "Black", "Super"))


def named_days(sentence: str, hits: list[Any]) -> list[Any]:
    """`hits` less the weekday hits whose weekday follows a word of _NAMED_DAY_WORDS (the module's note on feasts
    that move). A cheap test first: the word just before the weekday, from the hit's end."""
    out = []
    for h in hits:
        if h.kind == "weekday":
            text = sentence[h.start : h.end]
            k = max(text.rfind(d) for d in WEEKDAY_NAMES)
            at = h.start + k if k >= 0 else h.start
            word = sentence[:at].rstrip().rsplit(None, 1)
            if at > 1 and sentence[at - 1] == " " and word and word[-1] in _NAMED_DAY_WORDS:
                continue
        out.append(h)
    return out
