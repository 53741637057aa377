"""A doubt on what witnesses told: "We could not visit any site, and the refugees' accounts could not be checked."

A report that relays refugees, residents or survivors ("Refugees from X said soldiers shot dead five men",
"Former residents said troops burned 60 homes") and says, anywhere after, that their accounts could not be
checked disputes every such claim: the doubt names them by what they are, not by the sentence. The words for
such people are in assets/lexicons/sources.json "witness_words"; a claimant is reached when its name holds one
("Refugees from Labigah", "Former residents"). Figures of officials or monitors are not reached.

Found once per document (in its memo), only in one that holds "account" or "testimon".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from extract.context import SentenceContext, per_document
from extract.lexicon import LEXICON_PATH

__all__ = ["witness_doubted"]

_DOUBTED = re.compile(r"\b(?:the\s+)?(?P<owner>[\w-]+)['’]s?\s+(?:own\s+)?(?:accounts?|testimon(?:y|ies)|stories|statements)\s+"
                      r"(?:could|can|cannot)\s*(?:not|n[o’']t)?\s+(?:be\s+)?(?:independently\s+)?"
                      r"(?:checked|verified|confirmed|corroborated)\b"
                      r"|\b(?:the\s+)?(?P<owner2>[\w-]+)['’]s?\s+(?:own\s+)?(?:accounts?|testimon(?:y|ies)|stories|statements)\s+"
                      r"(?:have|has)\s+not\s+been\s+(?:independently\s+)?(?:checked|verified|confirmed|corroborated)\b",
                      re.I)


@lru_cache(maxsize=1)
def _witness_words() -> frozenset[str]:
    """The words naming people whose own accounts are relayed (sources.json "witness_words")."""
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["witness_words"]["words"]
    return frozenset(w.casefold() for w in data)


def witness_doubted(ctx: SentenceContext, source: str) -> bool:
    """Whether `source` names witnesses ("Former residents") whose accounts a later sentence of the document
    says could not be checked."""
    words = _witness_words()
    if words.isdisjoint(w.strip(",.").casefold() for w in source.split()):
        return False
    at = _doubt_at(ctx)
    return at is not None and at >= ctx.end


@per_document
def _doubt_at(ctx: SentenceContext) -> int | None:
    """Where the last sentence doubting witnesses' accounts stands in the document (memoised), else None."""
    text = ctx.text
    found = None
    if "account" in text or "testimon" in text:
        words = _witness_words()
        for m in _DOUBTED.finditer(text):
            owner = (m.group("owner") or m.group("owner2")).casefold()
            if owner in words:
                found = m.start()
    return found
