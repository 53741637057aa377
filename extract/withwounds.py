"""People counted "with" wounds: "admitted 127 people with gunshot wounds", "40 patients with shrapnel injuries".

A hospital, a clinic or a report counts the wounded by what they have rather than by what befell them: the noun
of people is followed by "with" and, within a few words, a noun of wounds ("gunshot and shrapnel wounds",
"severe burns", "blast injuries"). Such people are wounded, whatever verb brought them in (admitted, received,
saw, treated), in a report of war. Not: "with their families", "with food", "with 12 children" (no wound noun),
people "with wounds" who died (the verb of killing, read first, wins: this is asked only when no verb was found),
nor runners treated "with minor injuries after the marathon" (no war named).

extract/classify.py asks `with_wounds` for a number with no verb whose noun phrase is followed by " with ".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.triggers import ARMED, UNARMED, names_a_war

_WITH_WOUNDS = re.compile(r"\s+with\s+(?:[\w-]+,?\s+){0,4}?(?:wounds|injuries|burns|fractures|amputations|"
                          r"wound|injury)\b", re.IGNORECASE)
_PEOPLE = UNARMED | ARMED | {None}  # people who may have wounds (not the displaced or held, told already)


def with_wounds(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether the people counted are said to have wounds ("127 people with gunshot wounds")."""
    return ph.cls in _PEOPLE and _WITH_WOUNDS.match(ctx.text, ph.np_end, ctx.end) is not None and names_a_war(ctx.text)
