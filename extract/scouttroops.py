"""A troop of scouts or guides is no armed force.

"Troop" is also the unit of the scout and guide movements: "Some 2,000 cubs in 60 troops camped at the
jamboree", "the 5th Bristol guide troop". Numbers counted as troops in a sentence that speaks of scouting count
youth groups, not soldiers (extract/nonclaims.py `peacetime` asks this for forces). A sentence speaks of scouting
when it holds a word only the movements use ("jamboree", "cubs", "brownies", "scouting", "a scout troop"), or
when scouts or guides are the ones grouped in the troops ("3,500 scouts in 140 troops", "guides from 45
troops"): "scouts" and "guides" alone may be soldiers sent ahead or men who know the way ("local guides led 300
troops through the pass"). And nothing else of war may stand in the sentence (no [cues] conflict word once the
word "troop" itself is set aside): "The army sent 140 troops and 20 scouts" keeps its forces.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.triggers import cue_in
from extract.wordset import words_of

# Words of the scout and guide movements (folded, whole words): the cheap test before the patterns below.
SCOUTING_WORDS = frozenset("scout scouts scouting scoutmaster scoutmasters jamboree jamborees cubs brownies guide "
                           "guides guiding rainbows beavers".split())
_TROOP_WORDS = frozenset({"troop", "troops"})
# Words and phrases only the movements use.
_SCOUTING_ONLY = re.compile(
    r"\b(?:scouting|scoutmasters?|jamborees?|cubs|brownies|rainbows|beavers|cub[\s\u00a0]+scouts?|boy[\s\u00a0]+scouts?|"
    r"girl[\s\u00a0]+(?:scouts?|guides?)|(?:scout|guide)[\s\u00a0]+troops?)\b", re.I)
# Scouts or guides grouped in troops: "3,500 scouts in 140 troops", "guides from 45 troops".
_GROUPED = re.compile(r"\b(?:scouts|guides)[\s\u00a0]+(?:in|from|of|across)[\s\u00a0]+(?:\w+[\s\u00a0]+)?[\d,]+"
                      r"[\s\u00a0]+troops\b", re.I)
_TROOP = re.compile(r"\btroops?\b", re.I)


def scout_troops(ctx: SentenceContext) -> bool:
    """Whether the sentence's troops are scouts' or guides' troops (see the module)."""
    words = words_of(ctx.sentence)
    if _TROOP_WORDS.isdisjoint(words) or SCOUTING_WORDS.isdisjoint(words):
        return False  # (a test of the sentence's words first)
    s = ctx.sentence
    if not (_SCOUTING_ONLY.search(s) or _GROUPED.search(s)):
        return False
    return not cue_in("conflict", _TROOP.sub(" ", s))
