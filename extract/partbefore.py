"""Words before a number that say what it counts, or that it counts nothing (extract/classify.py).

- "Of the civilians, 19 have been confirmed dead": the noun of a partitive opening the clause is what the number
  counts; "Of the dead, 17 were soldiers": who the dead were (extract/ofthese.py `who_they_were`);
- "Marawi, a city of 200,000": a population, not a count of the conflict.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.ofthese import who_they_were
from extract.phrase import Phrase
from extract.records import Quantity
from extract.triggers import lexicon, norm

_POPULATION_OF = re.compile(r"\b(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|country|nation|district|province|"
                            r"region|community|state|island|enclave|municipality)\s+of\s+(?:(?:about|some|around|nearly|"
                            r"almost|roughly|more\s+than|over|at\s+least|an\s+estimated)\s+)?\Z", re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|these|those|them,?\s+the)\s+([\w-]+)\s*,\s*\Z")


def population_of(text: str, start: int, k: int) -> bool:
    """Whether the number at `k` is the population of a place named just before it ("a city of 200,000")."""
    return _POPULATION_OF.search(text, max(start, k - 70), k) is not None


def partitive_before(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Set the phrase's class and subject from a partitive noun before the number and a comma ("Of the civilians,
    19 ..."), and who they were for a toll ("Of the dead, 17 were soldiers"); else leave it."""
    lex = lexicon()
    of = _PARTITIVE_BEFORE.search(ctx.text, max(ctx.start, q.char_start - 40), q.char_start)
    if of and norm(of.group(1)) in lex.noun_class:
        ph.cls, ph.subject = lex.noun_class[norm(of.group(1))]
        who = who_they_were(ctx, q) if ph.cls in ("toll", "injury") else None
        if who:
            ph.owner_cls, ph.subject = who
