"""Who receives money counted as funding: a side named after "to" or "for" (extract/sides.py, rule 2)."""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.triggers import side_mentions

_RECIPIENT = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:moderate\s+|armed\s+|syrian\s+)?$", re.IGNORECASE)


def recipient(ctx: SentenceContext) -> str:
    """Who receives money: a side after "to"/"for" in the sentence or the two around it."""
    for off in (0, 1, -1, 2, -2):
        i = ctx.index + off
        if not 0 <= i < len(ctx.sentences):
            continue
        s, e = ctx.sentences[i]
        for m in side_mentions(ctx.text, s, e):
            if _RECIPIENT.search(ctx.text[max(s, m.start - 25) : m.start]):
                return m.side
    return "unknown"
