"""Deaths and losses in a report naming no war: a jail's deaths in custody, a firm's or a beekeeper's losses.

The claim layer reads a toll word ([cues] toll: "deaths", "losses", "casualties") before a number as a death count,
and general news escapes it only by naming a disaster, an accident or a disease ([cues] non_conflict). Two tolls
of peacetime name none:
- Deaths in a jail, a prison or police custody: "The inquiry into the jail's 17 deaths in custody made 3
  demands". In a report naming no war and no party to one they are deaths of prisoners, and no number of the
  sentence is a claim (the deaths would otherwise spread to its other counts: "3 demands", "420 officers"). In a
  report of a war the same words are a toll ("12 detainees died in custody of the militia").
- "losses" as the only toll word, in a report naming no war and no party: "The firm's losses rose to 1,900",
  "winter losses hit 31% and ... 1,900 beekeepers". Losses are of money, stock or hives there; "Russian losses
  rose to 1,900" names a party and stays a toll, and so do losses of armed people ("Losses included 4 border
  guards": a [nouns] fighter or peacekeeper word in the sentence).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.sides import sides_named
from extract.triggers import lexicon, names_a_war
from extract.wordset import words_of

_CUSTODY_WORDS = frozenset({"custody", "jail", "jails", "prison", "prisons", "detention"})
_DIED_IN_CUSTODY = re.compile(r"\b(?:deaths?|died|dies|dying|dead)\s+(?:\w+\s+){0,2}?in\s+(?:\w+\s+){0,2}?"
                              r"(?:custody|jails?|prisons?|detention)\b", re.IGNORECASE)


def _no_war(text: str) -> bool:
    """Whether the document names no war and no party to one."""
    return not names_a_war(text) and not sides_named(text)


def custody_deaths_in_peace(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of deaths in custody, a jail or a prison, in a report naming no war and no
    party to one: none of its numbers is a claim."""
    if _CUSTODY_WORDS.isdisjoint(words_of(ctx.sentence)):
        return False  # (the usual case: a test of the sentence's words first)
    return _DIED_IN_CUSTODY.search(ctx.sentence) is not None and _no_war(ctx.text)


def losses_in_peace(ctx: SentenceContext) -> bool:
    """Whether the sentence's only toll words ([cues] toll) are "losses", in a report naming no war and no
    party to one: losses of money, stock or hives, not a death count."""
    if "losses" not in words_of(ctx.sentence):
        return False
    lex = lexicon()
    hits = {m.group(0).lower() for m in lex.cues["toll"].finditer(ctx.sentence)}
    return hits == {"losses"} and not _names_armed_people(lex, ctx.sentence) and _no_war(ctx.text)


def _names_armed_people(lex, sentence: str) -> bool:
    """Whether the sentence names combatants ([nouns] fighter, peacekeeper): their losses are a toll."""
    return any(lex.noun_class.get(m.group(0).lower(), ("",))[0] in ("fighter", "peacekeeper")
               for m in lex.noun_re.finditer(sentence))
