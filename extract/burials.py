"""People told dead by their burial: "146 Lakota were put in it" after "a burial detail ... dug a single trench".

A count of people (or a number before one capitalised name: "146 Lakota") that "were put", "placed", "laid", "thrown"
or "dumped" in or into a grave ([cues] burial_sites of assets/lexicons/claims.toml: "into a mass grave"), or into "it"
or "them" where the sentence or the one before names a burial ("burial report", "a burial detail dug a trench"),
counts the dead as "buried" does (extract/otherverbs.py sets the verb). Without such a word "put in" is no burial
("40 soldiers were put in charge of the bridge", "30 prisoners were put in a trench", "12 men were put in the lorry").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.triggers import cue_in, lexicon

# The verbs of laying the dead in a grave (the rule's gate: one of them must be a word of the sentence).
GATE = frozenset({"put", "placed", "laid", "thrown", "dumped", "lowered"})
_LAID = re.compile(r"(?P<name>\s+[A-Z][\w'’-]*)?\s+(?P<aux>were|was|had\s+been|have\s+been)\s+(?:all\s+)?"
                   r"(?:put|placed|laid|thrown|dumped|lowered)\s+(?:in|into)\s+(?:(?P<it>it|them)\b|(?:the|a|an|one)\s+"
                   r"(?P<site>(?:[\w'’-]+\s+){0,2}))")


def laid_in_grave(ctx: SentenceContext, np_end: int) -> tuple[int, bool] | None:
    """(where the verb's auxiliary starts, whether a name stands between the number and it) when the people counted,
    their phrase ending at `np_end`, were laid in a grave: "in it" or "in them" where the sentence or the one before
    names one ([cues] burial_sites), or in a place of those words ("into a single mass grave"); else None."""
    text = ctx.text
    m = _LAID.match(text, np_end, ctx.end)
    if m is None:
        return None
    if m.group("it"):
        if not (cue_in("burial_sites", ctx.sentence) or cue_in("burial_sites", ctx.neighbour(-1))):
            return None
    elif not _site_at(text, m.start("site"), m.end("site"), ctx.end):
        return None
    return m.start("aux"), m.group("name") is not None


def _site_at(text: str, start: int, stop: int, end: int) -> bool:
    """Whether a word of [cues] burial_sites starts at `start` or after one or two modifiers before `stop`."""
    site = lexicon().cues["burial_sites"]
    pos = start
    while True:
        if site.match(text, pos, end):
            return True
        nxt = text.find(" ", pos, stop)
        if nxt < 0:
            return False
        pos = nxt + 1
