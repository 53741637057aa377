"""How far back a doubt on "neither claim" / "either account" / "both figures" reaches (extract/stance.py).

"neither", "either" and "both" are duals: they mean two accounts. "City officials say 23 died. The ministry said it
destroyed two tanks; the rebels said they lost none. The ministry also says the rebels number 6,000. Neither claim
could be checked.": once the sentences between the doubt and a figure already name two claimants, the dual has its
two and does not reach that figure. ("all the claims", "none of these figures" are no duals and are left alone.)
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cues import PRONOUNS, SELF, sentence_cues

__all__ = ["dual_is_full"]

_DUAL = re.compile(r"(?:either|neither|both)\b", re.I)


def dual_is_full(ctx: SentenceContext, k: int, account: str) -> bool:
    """Whether the doubt `k` sentences after ctx's, whose account phrase is `account` ("neither claim"), is a
    dual whose two claimants are already named in the sentences between (1 .. k-1)."""
    if k < 2 or not _DUAL.match(account):
        return False
    names: set[str] = set()
    for j in range(1, k):
        for c in sentence_cues(ctx.neighbour(j)):
            key = c.name.casefold() if c.name else ""
            if key and key not in PRONOUNS and key not in SELF:
                names.add(key)
    return len(names) >= 2
