"""A level of a scale of warnings or grades: "raised the avalanche warning to level 4", "a level 3 lockdown".

extract/numkinds.py reads a number after a capitalised "Level" as a name (NAME_HEADS, as "Category 4", "Tier 2");
in lower case "level" is also a verb ("bulldozers began to level 40 homes") and a noun of amount ("its highest level
since 2019"), so a small whole number right after it is a name only where a word of a warning scale stands in the
clause before it or right after the number ([_SCALE_WORDS]: "the flood alert was raised to level 3", "level 4 alert")
and no plural noun or "of" follows the number (what a verb "level" would take: "to level 40 homes", "to level 12 of
the houses").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.numscan import _Atom

# Words of a scale of warnings, alerts or grades of danger, before "level" in its clause or right after the number.
_SCALE_WORDS = re.compile(
    r"\b(?:warnings?|alerts?|alarms?|threat|danger|risk|readiness|lockdowns?|restrictions|emergency|evacuation|"
    r"avalanche|flood|drought|heat|fire|smog|pollution|biosafety|biosecurity|containment|terror|security|"
    r"hurricane|storm|tsunami|volcano|volcanic|eruption|escalation|response)\b", re.IGNORECASE)
_CLAUSE_BACK = re.compile(r"[.;:!?]")
# After the number: a plural word (a verb's object: "to level 40 homes") makes it a count.
_NEXT_WORD = re.compile(r"[\s\u00a0]+([a-z]+)\b")
# After "of" following the number: a determiner and a plural noun, the whole the verb's object is a part of ("to level
# 12 of the houses"), not the scale a level is of ("level 4 of the five-level scale").
_PART_OF = re.compile(r"[\s\u00a0]+(?:the|these|those|its|their|his|her|our|your)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?"
                      r"[a-z]*[a-rt-z]s\b")  # a plural: "houses", not "glass"


def level_name(text: str, a: _Atom) -> bool:
    """Whether the whole number `a`, right after a lower-case "level", names a level of a warning scale."""
    if a.scale != 1 or len(a.digits) > 2 or not a.digits.isdigit() or text[a.end : a.end + 1] in ("%", "-"):
        return False
    nxt = _NEXT_WORD.match(text, a.end)
    if nxt and _SCALE_WORDS.fullmatch(nxt.group(1)):
        return True  # "a level 3 lockdown", "level 4 restrictions"
    if nxt and nxt.group(1).endswith("s") and not nxt.group(1).endswith(("ss", "us", "is")):
        return False  # "to level 40 homes": the verb and its object
    if nxt and nxt.group(1) == "of" and _PART_OF.match(text, nxt.end()):
        return False  # "began to level 12 of the houses": the verb and a part of its object
    lo = max(0, a.start - 80)
    stop = max((m.end() for m in _CLAUSE_BACK.finditer(text, lo, a.start)), default=lo)
    return _SCALE_WORDS.search(text, stop, a.start) is not None
