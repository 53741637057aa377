"""Reporters counting what they saw: "but foreign journalists at the bridge saw at least nine bodies".

Journalists who were there and "saw", "counted" or "filmed" the dead give a sighting, not hearsay: the reporters are
the source, and the count is `confirmed` (GUIDELINES.md: the source has seen it; h106's "as our reporter saw"
precedent, extract/ownteam.py, for the outlet's own). Only a subject naming reporters, journalists or
correspondents right before the verb's clause, and the number right after the verb ("saw at least nine bodies");
"residents saw" stays a witness's claim as before.
A writer's doubt before ", but <reporters> saw …" ("We cannot verify the army's figures, but foreign journalists
… saw at least nine bodies") ends at the ", but": the sighting is set against the doubted figures, not doubted with
them (`contrast_reach`, asked by extract/sentencefacts.py).
"""

from __future__ import annotations

import re

from extract.names import Named
from extract.wordset import words_of

__all__ = ["SIGHTING_VERBS", "contrast_reach", "reporters_saw"]

SIGHTING_VERBS = frozenset(("saw", "counted", "filmed", "photographed", "witnessed"))
_PRESS = r"(?:reporters|journalists|correspondents|photographers|cameramen|camera\s+crews)"
# "foreign journalists at the bridge on Monday saw at least": who, where/when, the verb, qualifiers, the number.
_SAW_BEFORE = re.compile(
    rf"\b(?P<who>(?:(?:[A-Z][\w-]*|foreign|western|local|international|independent)\s+)?{_PRESS})\b"
    r"(?:\s+(?:at|in|on|near|inside|who|from)\b[^,;.]{0,50}?)?\s+(?:had\s+|have\s+|themselves\s+|also\s+)*"
    r"(?P<verb>saw|counted|filmed|photographed|witnessed)\s+"
    r"(?:(?:at\s+least|about|some|around|more\s+than|over|nearly|almost|another)\s+)*$", re.I)
# Every match of _SAW_BEFORE holds one of these whole words (folded) and one of SIGHTING_VERBS.
_PRESS_WORDS = frozenset(("reporters", "journalists", "correspondents", "photographers", "cameramen", "crews"))


def reporters_saw(sentence: str, pos: int) -> tuple[str, str] | None:
    """(who, verb) when the number at sentence[pos] is what reporters saw ("reporters … saw at least seven"), else
    None."""
    words = words_of(sentence)
    if words.isdisjoint(_PRESS_WORDS) or words.isdisjoint(SIGHTING_VERBS):
        return None
    m = _SAW_BEFORE.search(sentence, max(0, pos - 160), pos)
    if m is None:
        return None
    who = m.group("who")
    return Named(who[:1].upper() + who[1:]), m.group("verb").casefold()


_BUT_PRESS = re.compile(rf",\s*but\s+(?:(?:[A-Z][\w-]*|foreign|western|local|international|independent)\s+)?{_PRESS}\b",
                        re.I)


def contrast_reach(sentence: str, reach: int) -> int:
    """`reach` (how far the sentence's own doubt reaches) cut at a ", but <reporters> …" clause after the doubt."""
    if reach < 0 or ", but" not in sentence:
        return reach
    m = _BUT_PRESS.search(sentence)
    return min(reach, m.start()) if m else reach
