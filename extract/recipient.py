"""Who receives money counted as funding: a side named after "to" or "for" (extract/sides.py, rule 2); else, for a sum
after the label of a list's line, civilians or displaced people the label says it is "for" ("Emergency food for 8,000
displaced people: $41,250": civilian; not in prose: "$2 million in aid for refugees" names no side)."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.triggers import closing_table, lexicon, norm, side_mentions, whole_words

_RECIPIENT = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:moderate\s+|armed\s+|syrian\s+)?$", re.IGNORECASE)


def recipient(ctx: SentenceContext, at: int | None = None, end: int | None = None) -> str:
    """Who receives money: a side after "to"/"for" in the sentence or the two around it; else civilian for a sum
    at `at` closing a list's line whose label is for civilians or displaced people, or a sum (ending at `end`) given
    to help the victims of the attack (`_for_victims`)."""
    for off in (0, 1, -1, 2, -2):
        i = ctx.index + off
        if not 0 <= i < len(ctx.sentences):
            continue
        s, e = ctx.sentences[i]
        for m in side_mentions(ctx.text, s, e):
            if _RECIPIENT.search(ctx.text[max(s, m.start - 25) : m.start]):
                return m.side
    if at is not None and end is not None and _for_victims(ctx, at, end):
        return "civilian"  # "committed $37 million to help the victims", "raised £2 million for the families of those killed"
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


# Money given to the victims of an attack, right after the sum ("$37 million to help the victims", "£2 million for the
# families of those killed", "$5 million in compensation for the survivors"); not a fund named later in a sum for
# something else ("$3 million to support the transition, including a fund for victims") nor "families left homeless".
_VICTIMS_WORDS = ("victims", "survivors", "bereaved", "families of")
_FOR_VICTIMS = re.compile(r"\s+(?:in\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:to\s+(?:help|assist|aid|support|compensate|care\s+for)|"
                          r"for)\s+(?:the\s+)?(?:(?:victims|survivors|bereaved)\b|families\s+of\s+(?:those|the)\s+"
                          r"(?:killed|dead|victims|who\s+died)\b)", re.IGNORECASE)
_INCLUDING = re.compile(r"\bincluding\s+$", re.IGNORECASE)


def _for_victims(ctx: SentenceContext, at: int, end: int) -> bool:
    """Whether the sum at text[at:end] is given to the victims (`_FOR_VICTIMS` right after it), or is a part
    ("including $12 million for medical care") of a sum so given earlier in the sentence."""
    s, e = ctx.sentences[ctx.index]
    if not any(w in ctx.text[s:e] for w in _VICTIMS_WORDS):
        return False  # (a substring test of the sentence first)
    if _FOR_VICTIMS.match(ctx.text, end, e):
        return True
    return _INCLUDING.search(ctx.text, max(s, at - 12), at) is not None and _FOR_VICTIMS.search(ctx.text, s, at) is not None
