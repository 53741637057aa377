"""People who needed or received treatment for wounds: wounded, like people "treated for" them.

"Medics said 19 civilians needed treatment for burns after the shelling", "about 60 people received hospital
treatment for gunshot wounds", "40 soldiers required medical care for shrapnel injuries": the noun "treatment" or
"care" after a verb of needing or getting, then the wounds (extract/phraseparts.wounds_after: wounds of weapons, or
any in a report of war). extract/phrase.py reads the verb "treated for"; this is its noun.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phraseparts import wounds_after

GATE = frozenset({"treatment", "care"})
_VERBS = (r"(?:needed|need|required|require|received|receive|were\s+given|was\s+given|got|sought|underwent|"
          r"are\s+receiving|were\s+receiving)\s+(?:(?:hospital|medical|emergency|urgent|surgical|first-aid|"
          r"first\s+aid)\s+)?(?:treatment|care)")
_NEEDED = re.compile(r"\s+(?:(?:had|have|has|all|also|later)\s+)?" + _VERBS + r"(?=\s)", re.IGNORECASE)
# A count's noun then "who sought/received/needed treatment", as a running count tells it: "the number of people who
# sought treatment at hospitals after the bombing has risen to 116" (group 1: the noun; group 2: what follows).
WHO_TREATED = re.compile(r"\b(?:count|tally|number|total)\s+of\s+(?:the\s+)?([\w-]+)\s+who\s+(?:(?:had|have|has)\s+)?"
                         + _VERBS + r"\b([^.;:!?]{0,60}?)\s+(?:is|was|stands\s+at|stood\s+at|has\s+risen\s+to|rose\s+to|"
                         r"has\s+reached|reached|has\s+climbed\s+to|climbed\s+to)\s+$", re.IGNORECASE)
# What the treatment followed or was for, told after it: wounds, or an attack ("after the bombing").
_AFTER_HARM = re.compile(r"\b(?:for\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns)|after\s+the\s+(?:[\w-]+\s+)?"
                         r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|shelling|raids?|air\s*strikes?|strikes?))\b",
                         re.IGNORECASE)


def treated_counted(text: str, lo: int, k: int) -> str | None:
    """The noun of a running count, between `lo` and the number at `k`, of people "who sought/received/needed
    treatment" after an attack or for wounds ("the number of people who sought treatment at hospitals after the
    bombing has risen to 116": wounded); None otherwise. A count of patients treated for an illness is not read."""
    m = WHO_TREATED.search(text, lo, k)
    if m is None or m.end() != k or not _AFTER_HARM.search(m.group(0)):
        return None
    return m.group(1)


def treatment_for_wounds(ctx: SentenceContext, np_end: int) -> int | None:
    """Where the verb starts when the people whose noun ends at `np_end` needed or received treatment for wounds;
    None otherwise."""
    m = _NEEDED.match(ctx.text, np_end, ctx.end)
    if m is None or not wounds_after(ctx.text, m.end(), ctx.end):
        return None
    return np_end + len(m.group(0)) - len(m.group(0).lstrip())
