"""Who receives money counted as funding: a side named after "to" or "for" (extract/sides.py, rule 2); else, for a sum
after the label of a list's line, civilians or displaced people the label says it is "for" ("Emergency food for 8,000
displaced people: $41,250": civilian; not in prose: "$2 million in aid for refugees" names no side)."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.triggers import closing_table, lexicon, norm, side_mentions, whole_words

_RECIPIENT = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:moderate\s+|armed\s+|syrian\s+)?$", re.IGNORECASE)


def recipient(ctx: SentenceContext, at: int | None = None) -> str:
    """Who receives money: a side after "to"/"for" in the sentence or the two around it; else civilian for a sum
    at `at` closing a list's line whose label is for civilians or displaced people."""
    for off in (0, 1, -1, 2, -2):
        i = ctx.index + off
        if not 0 <= i < len(ctx.sentences):
            continue
        s, e = ctx.sentences[i]
        for m in side_mentions(ctx.text, s, e):
            if _RECIPIENT.search(ctx.text[max(s, m.start - 25) : m.start]):
                return m.side
    if at is None or not ctx.text.startswith(": ", at - 2):
        return "unknown"  # (prose about aid "for refugees" names no recipient side: the h-set writes unknown)
    for w in _FOR_PEOPLE.finditer(ctx.text, ctx.sentences[ctx.index][0], at):
        got = lexicon().noun_class.get(norm(w.group(1)))
        if got is not None and got[0] in _CIVIL_CLASSES:
            return "civilian"
    return "unknown"


# "for 8,000 displaced people", "for the refugees", "for displaced families": up to three words, then the noun
_FOR_PEOPLE = re.compile(r"\bfor\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*(?:\s+people)?)\b")
_CIVIL_CLASSES = frozenset({"civilian", "displaced"})


def relief_label(ctx: SentenceContext, at: int) -> bool:
    """Whether the label of a list's line ending at the sum at `at` ("...: $41,250") names relief goods bought
    ([relief_transport] cargo: "Emergency food for ...", "Blankets and cooking pots ..."): the sum is aid."""
    line = ctx.text.rfind("\n", ctx.sentences[ctx.index][0], at) + 1 or ctx.sentences[ctx.index][0]
    return _cargo().search(ctx.text, line, at) is not None


@lru_cache(maxsize=1)
def _cargo() -> re.Pattern[str]:
    return whole_words(closing_table("relief_transport")["cargo"])
