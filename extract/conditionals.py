"""A number in a condition: "If 40 soldiers were killed, ..." counts nothing that happened (moved out of
extract/classify.py, which asks it first for every number whose sentence holds one of `CONDITION_WORDS`)."""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity

CONDITION_WORD = re.compile(r"\b(?:if|unless|suppose|whether)\b", re.IGNORECASE)
# The whole words CONDITION_WORD cannot match without (a test of the sentence's words first, extract/wordset.py).
CONDITION_WORDS = frozenset({"if", "unless", "suppose", "whether"})
_OPENS_CONDITION = re.compile(r"(?:^|[;:—–]\s*)[\"“]?(?:if|unless|even if|suppose|whether)\b[^,]*$", re.IGNORECASE)
# ("Whether the true toll is 600 or 1,000, ...": a concession opening the sentence tells no count; "it is not clear
# whether 30 or 40 died" does not open its sentence and stays a claim)


def conditional(ctx: SentenceContext, q: Quantity) -> bool:
    """"If 40 soldiers were killed, ...": a number in a condition (the clause before it opens with "if"), or in a
    concession ("Whether the true number is 600 or 1,000, ...")."""
    before = ctx.text[ctx.start : q.char_start]
    if not CONDITION_WORD.search(before):
        return False
    return bool(_OPENS_CONDITION.search(before))
