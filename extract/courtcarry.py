"""A court's findings told on through its paragraph: what the court found, it found for the sentences after.

A summary of a judgment, an inquest's or a commission's findings states the finding once and then tells the facts
found in plain sentences: "The court found that 130 people were killed that night. At the Bataclan alone, 90 people
were killed. Outside the stadium three suicide bombers blew themselves up." The later counts are the court's
findings, not the writer's own (GUIDELINES.md: who makes the claim, as named), so a number whose sentence names no
claimant takes the finder of the last "<court> found/ruled/concluded/recalled that …" sentence before it in the same
paragraph: a court, tribunal, chamber, bench (extract/courtvoice.py COURT_NOUNS), inquest, inquiry, jury, judge,
coroner or commission, or an opening "It found that" standing for one named before in the paragraph. The verb goes
with it: what a court or judge found is `confirmed` (extract/courtvoice.py judge_finds), what it only recalled or
noted is `claimed`. A sentence between
naming a claimant of its own ("the prosecution says") ends the run, as the paragraph's end does. Not asked when the
outlet is the court itself (its own voice says it already: extract/courtvoice.py own_court).
"""

from __future__ import annotations

import re

from extract.carry import paragraph_ends_back
from extract.context import SentenceContext, per_sentence
from extract.courtvoice import COURT_NOUNS
from extract.cues import NOT_NAMES, sentence_cues

__all__ = ["court_finding_carried"]

_FINDERS = "|".join(COURT_NOUNS) + r"|inquest|inquiry|jury|judges?|coroner|commission|panel"  # (courtvoice.py)
_VERB_WORDS = ("found", "finds", "ruled", "rules", "concluded", "concludes", "established", "determined", "recalled",
               "recalls", "noted", "notes")
_VERBS = "|".join(_VERB_WORDS)
# "The court found that", "The special assize court of Paris also found that", "the coroner ruled that", "The
# commission of inquiry concluded that"; "Judge Ana Ruiz found that".
_FINDING = re.compile(
    rf"\b(?P<who>(?:[Tt]he|[Tt]his)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_FINDERS})(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’-]+"
    rf"(?:\s+[A-Z][\w'’-]*)?)?|Judge(?:\s+[A-Z][\w'’.-]*){{1,3}})\s+(?:also\s+|further\s+|therefore\s+)?"
    rf"(?P<verb>{_VERBS})\s+that\b")
# "It found that …", "It also ruled that …": the finder named before.
_IT_FINDS = re.compile(rf"\W*It\s+(?:also\s+|further\s+)?(?P<verb>{_VERBS})\s+that\b")
# A sentence opening with a finder as its subject: "The inquest heard from 40 witnesses." (whom an "It" after stands for).
_OPENS_WITH_FINDER = re.compile(rf"\W*(?P<who>(?:The|This)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_FINDERS}))\b")
_BACK = 5  # sentences back through the paragraph to the finding


def _finding(sentence: str) -> tuple[str | None, str] | None:
    """(finder, verb) of a "<court> found that" in the sentence, finder None for "It found that"; else None."""
    if not any(k in sentence for k in _VERB_WORDS):  # (a substring test before the patterns)
        return None
    found = None
    for found in _FINDING.finditer(sentence):
        pass
    if found is not None:
        return found.group("who"), found.group("verb")
    it = _IT_FINDS.match(sentence)
    return (None, it.group("verb")) if it else None


@per_sentence  # depends on the sentence only; asked for a number without a claimant in its sentence
def court_finding_carried(ctx: SentenceContext) -> tuple[str, str] | None:
    """(finder, verb) of the court's finding this sentence goes on telling, in its paragraph; None when there is
    none, or a claimant of another is named in between."""
    if ctx.section.kind not in ("body", "update"):
        return None
    verb = None
    for k in range(1, _BACK + 1):
        if paragraph_ends_back(ctx, k):
            return None
        prev = ctx.neighbour(-k)
        hit = _finding(prev)
        if hit is not None:
            who, said = hit
            verb = verb or said
            if who is not None:
                return who, verb
            continue  # "It found that …": the finder named before it
        if verb is not None and (opener := _OPENS_WITH_FINDER.match(prev)) is not None:
            return opener.group("who"), verb  # "The inquest heard … . It found that …": the inquest
        if verb is not None or any(c.name and c.name.casefold() not in NOT_NAMES for c in sentence_cues(prev)):
            return None  # another's claim in between ("the prosecution says …"), or "It" names no court
    return None
