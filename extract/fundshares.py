"""Money told by where it came from, and shares of a sum told just before.

- a sum "from the central emergency fund", "from a pooled fund" ([cues] fund_names) is funding, as a sum given or
  pledged is: "A further $3 million from the emergency fund arrived on Friday";
- a percentage restating a sum as a share of what was asked, after ", or": "donors had given $12 million, or
  15%" (the 15% is the same funding, told as the share of the appeal).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.qualifierwords import qualifier_pattern
from extract.triggers import cue_in

_OR_SHARE = re.compile(r",\s*or\s+(?:(?:" + qualifier_pattern() + r"|barely)\s+)?\Z", re.IGNORECASE)


def from_a_fund(ctx: SentenceContext) -> bool:
    """Whether the sentence names a fund the money comes from ([cues] fund_names)."""
    return cue_in("fund_names", ctx.sentence)  # (cue_in tests the sentence's words first)


def share_of_sum(ctx: SentenceContext, q: Quantity, kind_of_money) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a percentage that restates the sum of money just before it (", or 15%") as
    funding: the sum's own kind, when `kind_of_money` (the caller's reading of money) finds it funding; else None."""
    k = q.char_start
    if q.unit != "percent" or ctx.text.find(" or ", max(ctx.start, k - 24), k) < 0:
        return None
    if not _OR_SHARE.search(ctx.text, max(ctx.start, k - 24), k):
        return None
    from extract.money import MONEY_UNITS  # (late: money imports this module)
    from extract.partof import numbers_in  # (late: partof imports the classifier, which imports money)

    before = [p for p in numbers_in(ctx.text[ctx.start : k], ctx.start) if p.unit in MONEY_UNITS]
    if not before:
        return None
    money = before[-1].shifted(ctx.start)
    if k - money.char_end > 60 or ctx.text.count(",", money.char_end, k) != 1:
        return None  # (the sum and its share sit in one stretch: "$12 million to the appeal, or 15%")
    got = kind_of_money(ctx, money)
    return got if got and got[0] == "funding" else None
