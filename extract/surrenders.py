"""Armed men seen surrendering: "200 troops were seen walking south with hands raised" (extract/classify.py).

Soldiers or fighters counted while they give themselves up are captured (GUIDELINES: taken prisoner), though no
verb of capture acts on them: the sentence shows the surrender by its signs ("with hands raised", "with their
hands up", "waving white flags", "surrendering"). The sign must stand in the number's own clause, after its noun
(no semicolon between), and only a count of armed men (a force's size otherwise) is read so: civilians "with
hands raised" at a checkpoint are not taken prisoner by the words alone.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase

GATE = frozenset({"hands", "flag", "flags", "surrendering"})  # a word of the sentence before any pattern
_SIGN = re.compile(r"\b(?:with\s+(?:their\s+)?hands\s+(?:raised|up|in\s+the\s+air|above\s+their\s+heads)|"
                   r"(?:waving|carrying|under)\s+(?:a\s+)?white\s+flags?|surrendering)\b", re.IGNORECASE)
_REACH = 160  # characters of the clause after the noun


def surrendering(ctx: SentenceContext, ph: Phrase) -> bool:
    """Set the phrase's verb to capture when its armed men are seen surrendering; whether it did.

    The caller asks only for a count of fighters with no verb (or a verb of deploying), where the sentence holds a
    word of GATE."""
    text = ctx.text
    stop = text.find(";", ph.np_end, ctx.end)
    hi = min(ctx.end if stop < 0 else stop, ph.np_end + _REACH)
    sign = _SIGN.search(text, ph.np_end, hi)
    if sign is None:
        return False
    ph.verb, ph.verb_side, ph.verb_start = "capture", "right", sign.start()
    return True
