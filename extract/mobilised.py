"""Men a country or army raised for a war, told in a relative clause without "that": a force's size.

"Of the roughly 250,000 men Bolivia mobilised, ...", "the 40,000 men the army called up", "some 8,000 men they
fielded": the men counted are the object of the clause after them, whose verb raises a force. They are the
force's troops (measure forces, by their class), whatever the sentence says later of part of them. Only "men" (the
lexicon's "people" word that may be soldiers), a verb of raising a force right after one to three words of its
subject, and no verb of harm in between: "the 300 men the militia killed" and "40 men police arrested" are not
reached (their verbs are no raising).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.wordset import words_of

RAISING = frozenset({"mobilised", "mobilized", "raised", "fielded", "conscripted", "drafted", "called", "levied",
                     "recruited", "enlisted", "mustered", "armed"})
_AFTER = re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|they|it|he|she|we|the\s+(?:army|"
                    r"government|state|country|regime|junta|rebels|militia|kingdom|republic))\s+(?:had\s+|has\s+|have\s+)?"
                    r"(?:mobili[sz]ed|raised|fielded|conscripted|drafted|called\s+up|levied|recruited|enlisted|mustered|"
                    r"armed)\b")


def men_raised(ctx: SentenceContext, np_end: int) -> bool:
    """Whether the men counted (their word ending at `np_end`) are the object of a clause raising a force."""
    if RAISING.isdisjoint(words_of(ctx.sentence)):
        return False
    return _AFTER.match(ctx.text, np_end, ctx.end) is not None
