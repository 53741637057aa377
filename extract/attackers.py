"""Fighters counted under a name the lexicon does not hold: a movement's or a people's word for its men.

- "some 1,000 Mau Mau attacked the village", "about 300 Tonton raided the camp": one or two capitalised words after
  the number, then a verb of attack (attacked, raided, stormed, ambushed, overran, assaulted): the attackers are a
  force's size, fighters;
- "some 250 jebali, guerrillas of the Front, came down": one word after the number and, set off by a comma, a noun of
  armed men of the lexicon ([nouns] fighter) naming what they are.
Only in a report that names a war, and for a number with no noun of the lexicon and no verb (extract/classify.py).
Not reached: "on 12 March Hamas attacked" (a date, no count), "40 Smiths attacked" outside a war, "300 hectares,
fighters said, burned" (the word after the comma is no noun of armed men right after the first word), "some 30
Kikuyu, mostly women" (no noun of armed men).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.numkinds import MONTH_WORDS
from extract.records import Quantity
from extract.triggers import lexicon, names_a_war, norm

_S = r"[^\S\n]"
ATTACK_VERBS = frozenset({"attacked", "raided", "stormed", "ambushed", "overran", "assaulted"})  # (one: the gate)
_ATTACKING = re.compile(rf"[\"“]?((?:{_S}+[A-Z][\w'’-]*){{1,2}})[\"”]?{_S}+(?:{'|'.join(sorted(ATTACK_VERBS))})\b")
_APPOSED = re.compile(rf"{_S}+[a-z][\w'’-]*,{_S}+([a-z][\w'’-]*)\b")


def named_attackers(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number counts fighters named by a word the lexicon lacks (the module's docstring)."""
    text, end = ctx.text, ctx.end
    m = _ATTACKING.match(text, q.char_end, end)
    if m is not None:
        if any(w in MONTH_WORDS for w in m.group(1).split()):
            return False
    else:
        m = _APPOSED.match(text, q.char_end, end)
        got = lexicon().noun_class.get(norm(m.group(1))) if m else None
        if got is None or got[0] != "fighter":
            return False
    return names_a_war(text)
