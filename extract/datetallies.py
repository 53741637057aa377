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
_ALL_TOLD = r"all\s+told"  # a tally's words, not "All" telling (`all_told_at`, asked by extract/cues.py)
_TALLY_OPENING = re.compile(
    r"(?:in\s+all|in\s+total|" + _ALL_TOLD + r"|overall|altogether|taken\s+together)\s*(?:,|(?=(?:some|about|at\s+least|"
    r"more\s+than|over|nearly|almost|around)?\s*\d))"
    r"|by\s+the\s+(?:time\s+(?:it|they|the\s+\w+)\s+(?:had\s+)?(?:ended|stopped|was\s+over|were\s+over|subsided)"
    r"|end\s+of\s+the\s+(?:fighting|violence|clashes|riots|siege|war|offensive))\b", re.IGNORECASE)
_FIRST_LETTERS = ("in", "al", "ov", "ta", "by")  # what every match begins with, lower-cased: the cheap test


_ALL_TOLD_WORDS = re.compile(r"(?<!\w)" + _ALL_TOLD + r"\b", re.IGNORECASE)


def all_told_at(sentence: str, v_start: int) -> bool:
    """Whether the "told" at `v_start` is the tally's "all told" ("All told, 12 soldiers were killed"): no
    verb of saying with "All" as its speaker."""
    m = _ALL_TOLD_WORDS.search(sentence, max(0, v_start - 8), v_start + 4) if v_start >= 4 else None
    return m is not None and m.end() == v_start + 4


def tally_opening(sentence: str) -> bool:
    """Whether the sentence opens with a tally's words ("In all, 31 ..."): its counts are totals, undated."""
    head = sentence[:2].lower()
    return head in _FIRST_LETTERS and _TALLY_OPENING.match(sentence) is not None
