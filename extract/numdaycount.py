"""A number after "the next day" counts, it does not name the day; nor do "four nights" of a run of shows span days.

"Day 12" names a day of a siege or a trial (extract/numkinds.py's NAME_HEADS has "day"), but a word that places a
day against another one stands before a day that is not numbered: "The next day 12 soldiers were killed", "the
same day 40 homes burned", "on the following day 3 more died". After such a word the number starts what follows.
"""

from __future__ import annotations

import re

# Words that place "day" against another day: after them "day" takes no number.
_DAY_PLACED_BY = frozenset("next same following previous preceding that each every".split())


def day_before_count(words: list[str]) -> bool:
    """Whether the words before a number end in "next day" (or same/following/previous/preceding day): the number
    then counts ("The next day 12 soldiers were killed"), where "day 12" alone names a day."""
    return len(words) > 1 and words[-1] in ("day", "Day") and words[-2].lower() in _DAY_PLACED_BY


# Nights of a run of shows count shows, not a stay: "the 19-date run includes four nights at the arena", "she plays 3
# nights at Wembley on the tour". A word of a tour or of shows in the sentence says so; "they spent four nights at the
# stadium" names none, and stays a span of days (general news 26).
_SHOW_WORDS = re.compile(r"\b(?:tours?|touring|residency|residencies|gigs?|concerts?|shows?(?![\s\u00a0]+of\b)|performances?|"
                         r"[\w-]*date[\s\u00a0]+run|sold[\s-]out|headlin(?:e|es|ed|ing))\b", re.IGNORECASE)
_AT_VENUE = re.compile(r"[\s\u00a0]+(?:at|in)[\s\u00a0]")
_STOPS = re.compile(r"[.!?;]\s")


def show_nights(text: str, start: int, unit_end: int) -> bool:
    """Whether "N nights" (the number at `start`, its unit ending at `unit_end`) counts the nights of a run of shows
    at a venue (see above): a count of shows, not a span of days."""
    if not text[:unit_end].lower().endswith("nights") or not _AT_VENUE.match(text, unit_end):
        return False
    lo = max((m.end() for m in _STOPS.finditer(text, max(0, start - 160), start)), default=max(0, start - 160))
    stop = _STOPS.search(text, unit_end)
    return _SHOW_WORDS.search(text, lo, stop.start() if stop else min(len(text), unit_end + 120)) is not None
