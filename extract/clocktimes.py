"""Times of the 24-hour clock written without a colon, as military and monitoring reports write them.

"between 2200 and 0430 hrs", "at 0715 hours", "from 1800 to 0600 local time", "1340Z": four digits that are a
valid hour and minute, followed (alone, or as the first of a pair joined by "and", "to" or a dash) by a word of
the clock. They count nothing. Not reached: "2,200 hours of footage" (grouped digits), "2200 soldiers" (no word
of the clock), "1999 hours" is still a time ("99" minutes: not a valid one, so a count).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity

_CLOCK_AFTER = re.compile(r"(?:\s*(?:and|to|until|till|-|–|—)\s*\d{4})?\s*(?:hrs|hr|hours|h|Z|GMT|UTC|local\s+time)\b",
                          re.IGNORECASE)


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
    return after is not None
