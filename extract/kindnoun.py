"""The kind of source a name is, from the noun the document puts after it.

"… four days after the Malaita Eagle Force militia seized the armoury. … The Eagle Force said it had seized more
than 500 rifles": the writer calls the body a militia where it names it, so its own claims are an armed group's
(GUIDELINES.md `armed_group`: a faction's own claim), wherever the document names it again, in full or by the
end of its name. Only the nouns of armed bodies; a name the lexicon lists keeps its listed type.
extract/attribution.py asks it of an unlisted claimant the lexicon would type `official` by default.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["kind_noun_type"]

# The heads of _ARMED_NOUNS and _NOUN_BEFORE, as written there (the patterns are case-sensitive): the text holds one
# where either matches.
_ARMED_HEADS = ("militia", "rebel", "guerrilla", "insurgen", "paramilitar", "faction", "armed", "militant", "fighters",
                "jihadist")
_ARMED_NOUNS = (r"(?:militias?|rebels?|rebel\s+group|guerrillas?|insurgents?|insurgency|paramilitar(?:y|ies)|faction|"
                r"armed\s+group|fighters|militants)")
# The noun before the name: "the militant group Fatah al-Islam", "the armed men of Renamo", "the rebels of the X".
_NOUN_BEFORE = re.compile(r"(?:(?:militant|armed|rebel|insurgent|jihadist|guerrilla)\s+(?:group|movement|organi[sz]ation|"
                          r"faction)|(?:armed\s+men|fighters|militants|rebels|insurgents|guerrillas)\s+of(?:\s+the)?)\s+\Z")
# Compiled once and tried where the name stands (a pattern holding the name is compiled again for each new name).
_NOUN_AFTER = re.compile(rf"\s+{_ARMED_NOUNS}\b")
_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=1024)  # one document and name asked for every claim of that source
def kind_noun_type(text: str, name: str) -> str | None:
    """`armed_group` when the document writes the name (or a longer name ending in it) followed by an armed
    body's noun ("the Malaita Eagle Force militia", "Renamo fighters") or after one ("the militant group Fatah
    al-Islam", "the armed men of Renamo"), else None."""
    if len(name) < 3 or not name[:1].isupper() or name not in text or not any(n in text for n in _ARMED_HEADS):
        return None  # (a cheap test before the pattern made for the name, which re compiles for each new name)
    i = text.find(name)
    while i >= 0:  # (the name, on a word boundary, then the noun: as re.search(rf"\b{name}\s+{_ARMED_NOUNS}\b"))
        if _BOUNDARY.match(text, i) and (_NOUN_AFTER.match(text, i + len(name))
                                         or _NOUN_BEFORE.search(text, max(0, i - 40), i)):
            return "armed_group"
        i = text.find(name, i + 1)
    return None
