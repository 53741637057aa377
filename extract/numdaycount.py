"""A number after "the next day" counts, it does not name the day.

"Day 12" names a day of a siege or a trial (extract/numkinds.py's NAME_HEADS has "day"), but a word that places a
day against another one stands before a day that is not numbered: "The next day 12 soldiers were killed", "the
same day 40 homes burned", "on the following day 3 more died". After such a word the number starts what follows.
"""

from __future__ import annotations

# Words that place "day" against another day: after them "day" takes no number.
_DAY_PLACED_BY = frozenset("next same following previous preceding that each every".split())


def day_before_count(words: list[str]) -> bool:
    """Whether the words before a number end in "next day" (or same/following/previous/preceding day): the number
    then counts ("The next day 12 soldiers were killed"), where "day 12" alone names a day."""
    return len(words) > 1 and words[-1] in ("day", "Day") and words[-2].lower() in _DAY_PLACED_BY
