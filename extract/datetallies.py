"""A sentence that opens with a tally's words counts totals: "In all, 31 tanks have been destroyed, and 22
captured", "In total, 40 were killed and 90 wounded", "Altogether 300 homes were burned", "By the time it ended, the ministry had registered 283 dead".

Each count of such a sentence is a sum over the events told before it (GUIDELINES: totals over a period have
no event date), so none of them borrows the day of an earlier sentence. "In all" said of a place ("in all
districts", "in all of Gaza") is no tally: only the opening words followed by a comma or a number count.
"""

from __future__ import annotations

import re

# The sentence's first words: "In all," / "In total," / "Overall," / "Altogether" then a comma or a number
# (or a qualifier before the number: "In all some 400 ..."); or "By the time it ended," / "By the end of the
# fighting," (what had been counted when the events were over).
_TALLY_OPENING = re.compile(
    r"(?:in\s+all|in\s+total|all\s+told|overall|altogether|taken\s+together)\s*(?:,|(?=(?:some|about|at\s+least|"
    r"more\s+than|over|nearly|almost|around)?\s*\d))"
    r"|by\s+the\s+(?:time\s+(?:it|they|the\s+\w+)\s+(?:had\s+)?(?:ended|stopped|was\s+over|were\s+over|subsided)"
    r"|end\s+of\s+the\s+(?:fighting|violence|clashes|riots|siege|war|offensive))\b", re.IGNORECASE)
_FIRST_LETTERS = ("in", "al", "ov", "ta", "by")  # what every match begins with, lower-cased: the cheap test


def tally_opening(sentence: str) -> bool:
    """Whether the sentence opens with a tally's words ("In all, 31 ..."): its counts are totals, undated."""
    head = sentence[:2].lower()
    return head in _FIRST_LETTERS and _TALLY_OPENING.match(sentence) is not None
