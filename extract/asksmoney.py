"""A body asking for a sum: "The World Food Programme has asked donors for $4.5 million", "UNHCR had asked for an
initial $9 million", "The Red Cross is requesting $3 million". The sum is the asker's figure (an appeal, as
"appealed for $20 million" is: extract/cuetails.py), whoever relays it ("…, he added"). Only a sum asked for: "asked
for calm", "asked residents for patience", "asked not to be named" are no cue.
"""

from __future__ import annotations

import re

from extract.sums import SUM

__all__ = ["ASK_WORDS", "ask_spans"]

ASK_WORDS = frozenset(("asked", "asks", "asking", "requested", "requests", "requesting", "sought", "seeks", "seeking"))
_MONEY = SUM  # (extract/sums.py: the one pattern of a sum asked for)
# "asked (donors|the international community) for $…"; "requested/sought (an initial) $…" (the object is the sum).
_ASK = re.compile(r"\b(?P<verb>asked|asks|asking)\s+(?!by\b|not\b)(?:[\w'’-]+\s+){0,4}?for\s+" + _MONEY
                  + r"|\b(?P<verb2>requested|requests|requesting|sought|seeks|seeking)\s+" + _MONEY, re.I)


def ask_spans(sentence: str) -> list[tuple[int, int]]:
    """The span of each verb asking for a sum in the sentence (callers check a word of ASK_WORDS is in it first)."""
    out = []
    for m in _ASK.finditer(sentence):
        g = "verb" if m.group("verb") else "verb2"
        out.append(m.span(g))
    return out
