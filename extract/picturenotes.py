"""A broadcast script's note of what the pictures show counts nothing of the war.

"VO over pictures: three soldiers guard a food line", "GVs: two tanks at the crossing", "PIX: 40 people queue for
water": a television running order labels what the viewer sees with a production cue in capitals (VO, V/O, OOV,
GV/GVs, PIX, PICTURES, FOOTAGE, VISION, SHOT(S), CUTAWAY(S)) and a colon; the people and vehicles in the shot are
no count of forces, losses or displacement. The cue must open the sentence, in capitals, before a colon within a
few words: "Shots rang out: two soldiers fell" (a lower-case word, not a cue) and "VO: the ministry says 40 people
were killed" (a reading, no picture named) are not reached.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext

_FIRSTS = frozenset("VOGPFSC(")
# The cue, then a picture named before the colon ("over pictures", "of the camp") or a cue that is itself a picture.
_NOTE = re.compile(r"\s*\(?(?:(?:VO|V/O|OOV)\)?\s+(?:over|on|of)\s+(?:pictures|footage|shots|images|video|pix)\b|"
                   r"(?:GVs?|PIX|PICTURES|FOOTAGE|VISION|SHOTS?|CUTAWAYS?)\b\)?)[^:.\n]{0,40}:")


def picture_note(ctx: SentenceContext) -> bool:
    """Whether the sentence is a script's note of what the pictures show (see the module)."""
    s = ctx.sentence
    i = 0
    while i < len(s) and s[i].isspace():
        i += 1
    return i < len(s) and s[i] in _FIRSTS and _NOTE.match(s, i) is not None
