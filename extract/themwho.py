"""Who "them" is in "killing seven of them" / "who neutralised six of them": the armed party the clause's doer fought.

A count "N of them" with no count before it to be a part of reads as plain "people". Its sentence often names
who "them" are, in one of two shapes:

- a participle clause after its object: "troops clashed with separatist fighters, killing seven of them": "them"
  is the noun ending the clause before the comma (the fighters), or else the last armed party named after the
  clause's verb ("jets bombed the bandits' hideouts in the forest, killing over 100 of them": the bandits);
- a relative clause on its doer: "the rebels engaged the troops but were overwhelmed by the troops, who killed six
  of them": "them" is not the doer (the troops) but the last other armed party named before it (the rebels).

Only armed parties ([nouns] of the class "fighter") are read so; anything else keeps its reading.
extract/classify.py asks `them_who` for a claim read as "people" whose number "of them" follows.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import lexicon, norm

OF_THEM = " of them"  # what must follow the number (a cheap test before anything here runs)
_ARMED = "fighter"
_PARTICIPLE = re.compile(r"([\w'’-]+)\s*,\s+[a-z]+ing\s+(?:" + qualifier_pattern() + r"\s+)?\Z")  # "... separatist
# fighters, killing [seven of them]", "..., killing over [100 of them]"
_WHO_DID = re.compile(r"([\w'’-]+)\s*,\s+who\s+(?:had\s+|have\s+|has\s+)?[a-z]+ed\s+\Z")  # "the troops, who killed"


def _armed_at(text: str, start: int, end: int) -> str | None:
    """The subject of the armed party's noun spanning exactly text[start:end] ("fighters", "troops"), else None."""
    got = lexicon().noun_class.get(norm(text[start:end]))
    return got[1] if got is not None and got[0] == _ARMED else None


_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")


def _object_armed(text: str, start: int, comma: int) -> str | None:
    """The last armed party named after a verb in the clause ending at `comma`, where the clause's last noun is none
    ("jets bombed the bandits' hideouts in the forest, killing over 100 of them": the bandits); not the clause's doer
    ("Troops attacked the village, killing 12 of them": no armed party after the verb)."""
    lex = lexicon()
    lo = max(start, max(text.rfind(c, start, comma) for c in ",;:") + 1)
    verb = _PAST_VERB.search(text, lo, comma)  # (the clause's verb: "bombed", "clashed")
    if verb is None:
        return None
    last = None
    for n in lex.noun_re.finditer(text, verb.end(), comma):
        if text[n.start() - 1].isalnum() or text[n.end() : n.end() + 1].isalnum():
            continue  # (inside a word)
        got = lex.noun_class.get(norm(n.group(0)))
        if got is not None and got[0] == _ARMED:
            last = got[1]
    return last


def them_who(ctx: SentenceContext, q: Quantity) -> str | None:
    """The subject of the armed party "them" names in "<N> of them" (see the module's docstring), else None."""
    text, start, k = ctx.text, ctx.start, q.char_start
    lo = max(start, k - 60)
    m = _PARTICIPLE.search(text, lo, k)
    if m is not None:
        return _armed_at(text, m.start(1), m.end(1)) or _object_armed(text, start, m.start(1))
    m = _WHO_DID.search(text, lo, k)
    if m is None:
        return None
    doer = _armed_at(text, m.start(1), m.end(1))
    if doer is None:
        return None
    lex = lexicon()
    last = None
    for n in lex.noun_re.finditer(text, start, m.start(1)):
        if n.start() > start and text[n.start() - 1].isalnum():
            continue  # (inside a word)
        got = lex.noun_class.get(norm(n.group(0)))
        if got is not None and got[0] == _ARMED and got[1] != doer:
            last = got[1]
    return last
