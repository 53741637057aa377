"""The qualifier words a claim rule looks past before a count: "at least 40", "another 12", "only 3".

One list for the patterns of extract/partof.py, sharedcounts.py, verbreach.py, notcounts.py, continued.py and
cuescope.py, which ask what stands before a count ("and at least 12 wounded", ", against some 3,000", "the number
of rebels at about 3,000", "serving as many as 40,000 people"). A leaf module (it imports nothing of the project),
so that every rule module may import it. The qualifier a number is given is extract/numqualifiers.py's.
"""

from __future__ import annotations

# (as written, lower case; a phrase's words are separated by white space)
QUALIFIER_PHRASES = ("about", "around", "some", "nearly", "almost", "roughly", "at least", "more than", "over",
                     "up to", "fewer than", "less than", "as many as", "as much as", "an estimated", "close to",
                     "just under", "just over", "another", "a further", "only", "just")
# every word of those phrases ("at", "least", ...): what a walk back over the words before a count may skip
QUALIFIER_WORD_SET = frozenset(w for p in QUALIFIER_PHRASES for w in p.split())


def qualifier_pattern(space: str = r"\s+") -> str:
    """An alternation of the qualifier phrases (no group, no flags), their words joined by `space`: longest first,
    so "just under" is tried before "just"."""
    phrases = sorted(QUALIFIER_PHRASES, key=len, reverse=True)
    return "(?:" + "|".join(space.join(p.split()) for p in phrases) + ")"
