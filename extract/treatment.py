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
_NEEDED = re.compile(r"\s+(?:(?:had|have|has|all|also|later)\s+)?(?:needed|need|required|require|received|receive|"
                     r"were\s+given|was\s+given|got|sought|underwent|are\s+receiving|were\s+receiving)\s+"
                     r"(?:(?:hospital|medical|emergency|urgent|surgical|first-aid|first\s+aid)\s+)?"
                     r"(?:treatment|care)(?=\s)", re.IGNORECASE)


def treatment_for_wounds(ctx: SentenceContext, np_end: int) -> int | None:
    """Where the verb starts when the people whose noun ends at `np_end` needed or received treatment for wounds;
    None otherwise."""
    m = _NEEDED.match(ctx.text, np_end, ctx.end)
    if m is None or not wounds_after(ctx.text, m.end(), ctx.end):
        return None
    return np_end + len(m.group(0)) - len(m.group(0).lstrip())
