"""A day relative to a quoted document's own date (for extract/dates.py).

"today" or "this morning" inside a quotation whose line is headed by a line naming the quoted document and its date
("From a broadcast from General Mola's headquarters at Vitoria, 29 April 1937." then "\"Our troops entered the town
this morning ...\"") is that document's day, not the day the quoting text was published (a textbook of 2015 quoting
a broadcast of 1937). Only a quotation filling its line, under a line with a full date, is read so: a quote in
running prose, with its speaker's words after it, keeps the published day (GUIDELINES: "today" is the published date).
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Sequence

from extract.dateresolve import EventDate

_QUOTES = ('"', "“", "‘", "'")


def quoted_day(text: str, start: int, pub: date | None, hits: Callable[[str, date | None], Sequence]
               ) -> EventDate | None:
    """The date of the document a quotation at `start` (a sentence's start) comes from, when the quotation opens its
    line and the line just above it gives a day ("From a broadcast ..., 29 April 1937."); else None. `hits` is
    extract/dates.py's scan of a sentence for its date expressions (kind "explicit", a date of day precision)."""
    line = text.rfind("\n", 0, start) + 1
    if text[line : line + 1] not in _QUOTES:
        return None  # (a cheap test first: the quotation opens the line)
    end = text.find("\n", start)
    if text[start : end if end >= 0 else len(text)].rstrip()[-1:] not in _QUOTES:
        return None  # the quotation fills its line: no speaker's words after it ('..." he said')
    if line < 2 or text[line - 2] == "\n":
        return None  # a blank line between: no heading line above
    above = text.rfind("\n", 0, line - 1) + 1
    heading = text[above : line - 1]
    if not heading or heading[:1] in _QUOTES or len(heading) > 200:
        return None
    for h in hits(heading, pub):
        if h.kind == "explicit" and h.date is not None and h.date.precision == "day":
            return h.date
    return None
