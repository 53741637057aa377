"""Men counted in apposition to a count of an army's units: the units' strength, a force's size.

"Two more companies, about 200 men, are due on Thursday", "three companies of marines, some 400 men, landed", "three
teams of attackers, nine men in all, struck":
the count of units is no claim ([nouns.out_of_scope]), the men after the comma are the force (troops). Not
reached: "two companies and 200 men from the village" (no apposition), "200 men, women and children".
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern
from extract.triggers import lexicon, norm

_UNIT_WORDS = frozenset({"companies", "battalions", "brigades", "platoons", "regiments", "squadrons", "detachments",
                         "divisions", "units"})
_UNITS_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_UNIT_WORDS)) + r")"  # (the words above)
                           r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*[,(—–]\s*(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
# Groups of armed men named by what they are of ("three teams of attackers, nine men in all", "two cells of militants,
# about 20 men"): the "of" is needed, since "two rescue teams, 30 men" are no force; the men take the group's noun.
_GROUP_WORDS = frozenset({"groups", "squads", "teams", "cells"})
_GROUPS_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_GROUP_WORDS)) + r")\s+of\s+([\w'’-]+)\s*[,(—–]\s*(?:"
                            + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
_MEN = frozenset({"men", "troops", "soldiers"})


def men_of_units(text: str, lo: int, k: int, subject: str | None, words: frozenset[str]) -> str | None:
    """The subject of the men counted at `k` when they stand in apposition to a count of units ("two companies, about
    200 men": troops) or of groups of armed men ("three teams of attackers, nine men in all": the armed men's noun),
    their strength; else None (`lo`: the sentence's start; `words`: its words, the gate)."""
    if subject not in _MEN:
        return None
    if not _UNIT_WORDS.isdisjoint(words) and _UNITS_BEFORE.search(text, max(lo, k - 40), k) is not None:
        return "troops"
    if _GROUP_WORDS.isdisjoint(words) or (m := _GROUPS_BEFORE.search(text, max(lo, k - 40), k)) is None:
        return None
    lex = lexicon()
    got = lex.noun_class.get(norm(m.group(1)))
    return got[1] if got is not None and got[0] == "fighter" else None
