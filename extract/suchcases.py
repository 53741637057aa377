"""A count of "such cases": as many of the kind just counted. "... injured 30 activists; we documented five such cases".

"N such cases / incidents / instances" counts more of what the count before it counts: its measure, subject and
side ("the militia burned 40 homes; monitors confirmed 12 such incidents" are 12 homes burned). The count before
stands in the same sentence, else in the sentence before (extract/partof.py). With no count before ("We saw five
such cases"), or one of no harm, it is no claim.

extract/classify.py asks `such_cases` for a number with no noun and no verb of its own reading whose sentence holds
the word "such".
"""

from __future__ import annotations

import re

from extract.anaphora import earlier_count
from extract.context import SentenceContext
from extract.partof import Kind, numbers_before, previous
from extract.records import Quantity

_SUCH = re.compile(r"\s+(?:more\s+|other\s+)?such\s+(?:cases|incidents|instances|attacks|acts|killings|deaths|"
                   r"abductions|episodes|events)\b", re.IGNORECASE)


def such_cases(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """The kind of the count before, for a number of "such cases" of it; None otherwise."""
    if not _SUCH.match(ctx.text, q.char_end, ctx.end):
        return None
    got = previous(ctx, q, depth, reach=240)
    if got is not None:
        return got
    before = earlier_count(ctx, q, numbers_before(ctx))  # the last count of the sentence before
    if before is None:
        return None
    from extract.classify import classify_kind  # (local: extract/classify.py imports this module)

    return classify_kind(before[0], before[1], depth + 1)
