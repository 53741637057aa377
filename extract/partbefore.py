"""Words before a number that say what it counts, or that it counts nothing (extract/classify.py).

- "Of the civilians, 19 have been confirmed dead": the noun of a partitive opening the clause is what the number
  counts; "Of the dead, 17 were soldiers": who the dead were (extract/ofthese.py `who_they_were`);
- "Marawi, a city of 200,000": a population, not a count of the conflict;
- "were moved into about 480 of them": a part of places people went into, after a preposition of place or motion,
  counts the places (new villages, camps), not the people.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.ofthese import who_they_were
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import lexicon, norm

_POPULATION_OF = re.compile(r"\b(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|country|nation|district|province|"
                            r"region|community|state|island|enclave|municipality)\s+of\s+(?:(?:about|some|around|nearly|"
                            r"almost|roughly|more\s+than|over|at\s+least|an\s+estimated)\s+)?\Z", re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|these|those|them,?\s+the|its|their|our|(?:this|last|the)\s+(?:year|month|"
                               r"week|war|day)['’]s)\s+([\w-]+)\s*,\s*\Z")  # ("Of this year's attacks, 87 ...")


_INTO_BEFORE = re.compile(r"\b(?:into|onto|inside|in|at|to|across|through|between)\s+(?:" + qualifier_pattern()
                          + r"\s+)?\Z", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)


def places_of_them(text: str, start: int, k: int, q_end: int) -> bool:
    """Whether the number at `k` is a part "of them" after a preposition of place or motion ("moved into about 480
    of them"): the places counted, no people."""
    return _OF_THEM_AFTER.match(text, q_end) is not None and _INTO_BEFORE.search(text, max(start, k - 30), k) is not None


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
