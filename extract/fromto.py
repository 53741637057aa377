"""The second number of a change "from N <things> to M" counts what the first counts (extract/classify.py).

"The federal army grew from about 10,000 men before the war to some 250,000 at its end", "the garrison was cut
from 4,000 troops to 1,500", "refugees in the camp rose from 2,000 in May to 9,000": the number after "to" has no
noun of its own; it is the same count at another time, so it takes the measure, subject and side of the number
after "from" (the nearest number before it, at most `_REACH` characters back, with no clause break between).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.partof import Kind, previous
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity

_TO_BEFORE = re.compile(r"\bto\s+(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:" + qualifier_pattern() + r"\s+)?[\d,.]+", re.IGNORECASE)
_REACH = 90


def changed_to(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """The kind of the number after "from" when `q` is the "to" of a change "from N ... to M"; else None.

    The caller asks only for a number with no noun and no verb, where "from" is a word of the sentence."""
    text, k = ctx.text, q.char_start
    if _TO_BEFORE.search(text, max(ctx.start, k - 24), k) is None:
        return None
    lo = max(ctx.start, k - _REACH)
    froms = list(_FROM.finditer(text, lo, k))
    if not froms or any(c in text[froms[-1].end() : k] for c in ";:"):
        return None
    return previous(ctx, q, depth, reach=_REACH)
