"""Times of the 24-hour clock written without a colon, as military and monitoring reports write them.

"between 2200 and 0430 hrs", "at 0715 hours", "from 1800 to 0600 local time", "1340Z": four digits that are a
valid hour and minute, followed (alone, or as the first of a pair joined by "and", "to" or a dash) by a word of
the clock. They count nothing. Not reached: "2,200 hours of footage" (grouped digits), "2200 soldiers" (no word
of the clock), "1999 hours" is still a time ("99" minutes: not a valid one, so a count).

With no word of the clock, four such digits after "at", "after", "before" or "until" (perhaps "shortly", "just")
and before the day they fall on ("shortly after 2300 on 20 August", "at 0400 that morning") are a time too: a year
stands before no day of its own ("after 2010 on 5 May" is no English for a year).

A log or war diary opens its lines with the time, perhaps after the entry's day ("0630 anchored in the bay",
"15 DEC - 1100 discharged troops"): four such digits opening a line, followed by a lower-case word, are a time in a
document where at least three lines open so, one of them with the leading zero only a clock writes ("0630"). Not
reached: "1100 troops were landed" in prose (no such run of lines), a list of lines "1100 troops landed", "1200
marines landed" (no leading zero), "4,300 aboard" (grouped digits).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.records import Quantity

_CLOCK_AFTER = re.compile(r"(?:\s*(?:and|to|until|till|-|–|—)\s*\d{4})?\s*(?:hrs|hr|hours|h|Z|GMT|UTC|local\s+time)\b",
                          re.IGNORECASE)
# The day a time falls on, after it: "on 20 August", "on Tuesday", "on the 21st", "that night", "the same evening".
_DAY_AFTER = re.compile(r"\s+(?:on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|the\s+\d|[A-Z][a-z]+day\b|[A-Z][a-z]+\s+\d)"
                        r"|(?:that|the\s+same)\s+(?:night|evening|morning|afternoon|day))")
# What stands before such a time: "at", "after", "before", "until", perhaps "shortly", "just", "soon".
_AT_BEFORE = re.compile(r"\b(?:(?:shortly|just|soon|sometime|some\s+time|only)\s+)?(?:at|after|before|until|till)\s+\Z",
                        re.IGNORECASE)


# A line opening with a time of the clock, perhaps after the entry's day ("12 DEC - ", "3 May: "), and a word.
_LINE_TIME = re.compile(r"^(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s*[-–—:]\s*)?(?:([01])\d|2[0-3])[0-5]\d\s+[a-z]", re.M)
_STAMP = re.compile(r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s*[-–—:]\s*)?\Z")


@per_document
def _log_lines(ctx: SentenceContext) -> bool:
    """Whether at least three lines of the document open with a time of the clock and a word, one of them with a
    leading zero (a log's lines)."""
    found, zero = 0, False
    for m in _LINE_TIME.finditer(ctx.text):
        found += 1
        zero = zero or m.group(1) == "0"
        if found >= 3 and zero:
            return True
    return False


def log_line_time(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether four digits opening a line of a log ("0630 anchored ...") are its time (the module's docstring)."""
    text, start = ctx.text, q.char_start
    line = text.rfind("\n", 0, start) + 1
    if start - line > 16 or not _LINE_TIME.match(text, line):
        return False
    return _STAMP.match(text, line, start) is not None and _log_lines(ctx)


def clock_time(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number is a time of the 24-hour clock written as four digits ("0715 hours", "2200 and 0430 hrs")."""
    written = q.surface
    if len(written) < 4 or not written[:4].isdigit():
        return False  # (the cheap test: four digits first)
    if len(written) > 4 and not re.fullmatch(r"\d{4}\s*(?:and|to|-|–)\s*\d{4}", written):
        return False
    if int(written[:2]) > 23 or int(written[2:4]) > 59:
        return False
    after = _CLOCK_AFTER.match(ctx.text, q.char_start + 4 if len(written) > 4 else q.char_end, ctx.end)
    if after is None and len(written) == 4 and _DAY_AFTER.match(ctx.text, q.char_end, ctx.end):
        return _AT_BEFORE.search(ctx.text, max(ctx.start, q.char_start - 24), q.char_start) is not None
    return after is not None or len(written) == 4 and log_line_time(ctx, q)
