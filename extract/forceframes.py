"""Men counted as a force's strength by the frame around them, where no verb of the lexicon acts on them.

Men (or a people's name) with no verb are no claim unless something says they are armed (extract/armedcounts.py
reads "the army had 100,000 men", "3,000 men under arms"). The frames here say so too:

- a possessive commander or force before the number: "Lord Chelmsford's 5,300 men formed a square" (a capitalised
  owner: "the village's 300 men" is not reached);
- an apposition after an armed body named ([force_frames] units): "The 44th Division, about 25,000 men with 43
  tanks, came up", "the 57th Regiment, between 2,500 and 3,000 men, held the ridge";
- the men "of" an armed body: "1,297 men of Brigade 2506", "about 180 men of the 5th Battalion";
- a body numbering them: "the garrison numbered some 10,800 men";
- a place held by them: "the station, held by 139 men" ([force_frames] held_by);
- a verb only soldiers do right after them: "Of about 50,000 Australians who served", "men went ashore" (served).

None holds in a sentence of old soldiers met in peace ([force_frames] gatherings: "Some 40 men of the 2nd Battalion
held a last reunion in York").

Each sets the men troops (measure forces). Not reached: "300 men were rounded up" (a verb), "200 men, women and
children" (no frame), "the village's 40 men".
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.qualifierwords import qualifier_pattern
from extract.triggers import closing_table
from extract.trie import trie_alternation

_Q = r"(?:(?:" + qualifier_pattern() + r"|between|perhaps|never\s+more\s+than)\s+)?"
_NUMBERING = re.compile(r"\b(?:numbered|numbering|numbers|number)\s+" + _Q + r"\Z", re.IGNORECASE)
_OWNER = re.compile(r"\b[A-Z][\w-]+['’]s\s+" + _Q + r"\Z")
# A commander's (or a named force's) men named by a plural, then the count in apposition: "Colonel Siilasvuo's Finns,
# never more than 11,500 strong" (extract/phrasehints.py asks it for "N strong").
_OWNED_GROUP = re.compile(r"\b[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+)?[\w-]+s\s*,\s*" + _Q + r"\Z")


@lru_cache(maxsize=1)
def _gatherings() -> frozenset[str]:
    """The words of a gathering of old soldiers in peace."""
    return frozenset(closing_table("force_frames")["gatherings"])


@lru_cache(maxsize=1)
def _frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The apposition after a unit, "of" a unit after the men, "held by" before them and a soldier's verb after."""
    table = closing_table("force_frames")
    units = trie_alternation(table["units"], fold=True, flexible_space=True)
    apposed = re.compile(r"\b(?:" + units + r")\s*,\s*" + _Q + r"\Z", re.IGNORECASE)
    of_unit = re.compile(r"\s+of\s+(?:the\s+|his\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + units + r")\b",
                         re.IGNORECASE)
    held = re.compile(r"\b(?:" + trie_alternation(table["held_by"], fold=True, flexible_space=True) + r")\s+" + _Q
                      + r"\Z", re.IGNORECASE)
    served = re.compile(r"\s*,?\s*(?:" + trie_alternation(table["served"], fold=True, flexible_space=True) + r")\b",
                        re.IGNORECASE)
    return apposed, of_unit, held, served


def force_frame(text: str, start: int, k: int, np_end: int, end: int, words: frozenset[str]) -> bool:
    """Whether the men counted at `k` (their noun ending at `np_end`, in the sentence `start`..`end` of these
    `words`, extract/wordset.py) stand in a frame that makes them a force's strength (see the module)."""
    if not _gatherings().isdisjoint(words):
        return False
    apposed, of_unit, held, served = _frames()
    lo = max(start, k - 48)
    return bool(apposed.search(text, lo, k) or _OWNER.search(text, lo, k) or _NUMBERING.search(text, lo, k)
                or held.search(text, lo, k) or of_unit.match(text, np_end, end) or served.match(text, np_end, end))


def owned_group_before(text: str, start: int, k: int) -> bool:
    """Whether a capitalised owner's men, named by a plural, stand in apposition right before the number at `k`:
    "Colonel Siilasvuo's Finns, never more than 11,500 strong" (not "the village's men, 300 strong")."""
    return _OWNED_GROUP.search(text, max(start, k - 60), k) is not None
