"""Men counted in apposition to a count of an army's units: the units' strength, a force's size.

"Two more companies, about 200 men, are due on Thursday", "three companies of marines, some 400 men, landed":
the count of units is no claim ([nouns.out_of_scope]), the men after the comma are the force (troops). Not
reached: "two companies and 200 men from the village" (no apposition), "200 men, women and children".
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern

_UNIT_WORDS = frozenset({"companies", "battalions", "brigades", "platoons", "regiments", "squadrons", "detachments",
                         "divisions", "units"})
_UNITS_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_UNIT_WORDS)) + r")"  # (the words above)
                           r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*[,(—–]\s*(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
_MEN = frozenset({"men", "troops", "soldiers"})


def men_of_units(text: str, lo: int, k: int, subject: str | None, words: frozenset[str]) -> bool:
    """Whether the men counted at `k` stand in apposition to a count of units ("two companies, about 200 men"):
    then they are the units' strength (`lo`: the sentence's start; `words`: its words, the gate)."""
    if subject not in _MEN or _UNIT_WORDS.isdisjoint(words):
        return False
    return _UNITS_BEFORE.search(text, max(lo, k - 40), k) is not None
