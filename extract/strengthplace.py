"""A force's strength told as what a body has or numbers borrows no place (for extract/places.py).

"The faction, which the army estimates has about 2,500 fighters, has not commented", "The Force now numbers about
4,400", "Laskar Jihad says it has 3,000 fighters": the size of an army, a militia or a mission is no event of the
place the sentences around it name (the town raided, the village where bodies were counted). Such a count keeps
the place its own sentence names ("the GIA has no more than 2,000 fighters in the Mitidja") and otherwise has none.
Only a verb of having or numbering right before the count, past its qualifier words, says so; "the attackers,
estimated at more than 100", "the attacking force numbered about 600" and "a contingent of 40 deployed to the
village" are the event's own men, and "keeps 5,000 troops in the district" says where they are.
"""

from __future__ import annotations

from extract.qualifierwords import qualifier_pattern
from extract.rx import guarded

# "has about 2,500", "had numbered close to 1,500", "number up to 6,000", "fielded around 60,000" (just before the
# count: the text up to it must end here)
_STRENGTH_BEFORE = guarded(r"\b(?:has|have|had|fields|fielded|numbers|numbered|number)\s+"
                           r"(?:(?:" + qualifier_pattern() + r"|between|perhaps)\s+)?$")
_REACH = 40  # characters before the count searched
_VERB_ENDS = ("has", "have", "had", "ields", "ielded", "umbers", "umbered", "umber")
# The event's own men: "the attacking force numbered about 600", "the assault force numbered some 50 tanks".
_ATTACKERS = ("attack", "assault", "raid", "assailant")


def strength_told(text: str, count_start: int) -> bool:
    """Whether the count starting at `count_start` is a body's strength by a verb of having or numbering
    (_STRENGTH_BEFORE); a cheap test that one of its verbs stands in the window first."""
    a = count_start - _REACH if count_start > _REACH else 0
    window = text[a:count_start]
    if not any(v in window for v in _VERB_ENDS) or any(w in window for w in _ATTACKERS):
        return False
    return _STRENGTH_BEFORE.search(text, a, count_start) is not None
