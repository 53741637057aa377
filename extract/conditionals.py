"""A number in a condition: "If 40 soldiers were killed, ..." counts nothing that happened (moved out of
extract/classify.py, which asks it first for every number whose sentence holds one of `CONDITION_WORDS`)."""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity

CONDITION_WORD = re.compile(r"\b(?:if|unless|suppose)\b", re.IGNORECASE)
# The whole words CONDITION_WORD cannot match without (a test of the sentence's words first, extract/wordset.py).
CONDITION_WORDS = frozenset({"if", "unless", "suppose"})
_OPENS_CONDITION = re.compile(r"(?:^|[;:—–]\s*)[\"“]?(?:if|unless|even if|suppose)\b[^,]*$", re.IGNORECASE)


def conditional(ctx: SentenceContext, q: Quantity) -> bool:
    """"If 40 soldiers were killed, ...": a number in a condition (the clause before it opens with "if")."""
    before = ctx.text[ctx.start : q.char_start]
    if not CONDITION_WORD.search(before):
        return False
    return bool(_OPENS_CONDITION.search(before))
