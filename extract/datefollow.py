"""An elliptic follow-up: "Another 250 have been treated for wounds.", "A further 30 were arrested." (for
extract/dates.py).

Such a sentence continues the count of the sentence before it (the same event, another figure of it) and names no
date of its own: it takes the date of the nearest earlier sentence that has one, whatever that date's kind ("since
Sunday" is a span of days, which no ordinary sentence lends), and the date is looked for a little further back
than for an ordinary sentence (past the other follow-ups of the same event). "Another car bomb killed 12" is no
follow-up: a new event, "another" before a noun, not before a number.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from extract.numwords import NUMBER_WORDS
from extract.qualifierwords import qualifier_pattern

# A count going on with the one before it: "Another 40", "A further 30", "another at least 12", "further 12"
# (extract/carry.py reads the same opening for the claimant it carries). Its number: digits or a number word.
_NUMBER_WORDS = {*NUMBER_WORDS, "a hundred", "dozens", "scores", "hundreds", "thousands"}
_NUMBER = r"(?:\d[\d,.]*|" + "|".join(sorted(_NUMBER_WORDS, key=lambda w: (-len(w), w))).replace(" ", r"\s+") + ")"
ANOTHER_N = (r"(?:another|a\s+further|further)\s+(?:" + qualifier_pattern() + r"\s+)*" + _NUMBER + r"\b")
_FOLLOW = re.compile(r"[\s\"“'‘(]*(?:\d+/\s*|[-•*]\s+)?" + ANOTHER_N, re.IGNORECASE)
# The kinds of date that name when the event was: a day, a span of days, a week (a month or a year of background,
# "today" or "so far", and a date of saying or planning lend nothing more to a follow-up than to any sentence).
_EVENT_KINDS = frozenset(("period", "span", "wdspan", "weekday", "explicit", "label", "yesterday", "daysago",
                          "weekend", "thisweek", "lastweek"))


def follows_on(sentence: str) -> bool:
    """Whether a sentence opens with "Another <number>" or "A further <number>" (module doc; ANOTHER_N). A cheap
    test first."""
    head = sentence[:40].lower()
    if "another" not in head and "further" not in head:
        return False
    return _FOLLOW.match(sentence) is not None


def followed_date(hits: Sequence[Any]) -> Any:
    """The date an elliptic follow-up takes from the nearest earlier sentence's hits (extract/dates.py's _Hit):
    the first that names a day, a span of days or a week of an event (_EVENT_KINDS); None when none does."""
    for h in hits:
        if h.date is not None and h.kind in _EVENT_KINDS:
            return h.date
    return None
