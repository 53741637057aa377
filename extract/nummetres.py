"""Whether a fused "m" after a number is metres: the one rule extract/numfigures.py and numsenses.py consult.

"10m people" and "up 15m on the year" are millions; "a 10m wall", "the 8,849m summit", "20m taller", "40m high",
"a 300m-long bridge" are metres. What follows the "m" decides first: a word of length or height ("high",
"long", "deep", "away", "across"), a thing measured by its height or length ("summit", "peak", "wall", "tower",
"cliff", "drop", "blades", "bridge", "tunnel", "runway"), or a comparative of size ("taller", "higher", "deeper", "longer") makes it metres, whatever
the clause counted before it. A whole number in comma-grouped thousands with a bare fused "m" is metres too
("the 1,991m suspension bridge", "a 1,500m climb"): a count of thousands of millions is written "1.99bn"
(`grouped_metres`). Where none of these holds, the millions rules decide (a plural noun after it, a count in
millions earlier in the clause, a verb of counting people or visits).
"""

from __future__ import annotations

import re

# Words after "Nm" that make it a length: adjectives and adverbs of length or place, things measured by their
# height or length, comparatives of size, and a way along the ground ("from 300m up the hill", "50m down the road").
# (Not "up"/"down" alone: "2.6m, up 4%" and "15m up on last year" are millions.)
METRES_NEXT = re.compile(
    r"(?:[\s\u00a0]+|[-\u2010\u2011])(?:high|tall|long|wide|deep|away|above|below|across|thick|"
    r"summit|summits|peak|peaks|wall|walls|tower|towers|cliff|cliffs|ridge|mast|drop|plunge|dive|climb|ascent|"
    r"blades?|bridges?|suspension|span|spans|spire|tunnels?|runways?|yachts?|hull|jetty|pier|dam|"
    r"taller|higher|longer|deeper|wider|shorter|lower|thicker|narrower|further|farther|nearer|closer|"
    r"(?:up|down|along|across|off|from)\s+(?:the|a|that|this)\s+(?:hill|hills|hillside|slope|slopes|road|track|street|"
    r"path|trail|valley|ridge|mountain|mountainside|river|bank|beach|shore|coast|line|wall))\b",
    re.I)


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # "1,991", "12,500": not a decimal comma ("1,5")


def metres_next(text: str, end: int) -> bool:
    """Whether a word after the fused "m" ending at `end` makes the number a length (see the module)."""
    return METRES_NEXT.match(text, end) is not None


def grouped_metres(dig: str) -> bool:
    """Whether the digits before a bare fused "m" (no currency sign) are a whole number in comma-grouped thousands
    ("1,991m"): metres, as thousands of millions are written in billions ("1.99bn"); "£1,991m" is money."""
    return "," in dig and _GROUPED.fullmatch(dig) is not None


# The distances athletes and swimmers race, named bare with "the" ("won the 1500m by 0.8 seconds", "The 800m
# was won ..."): a race, not "1500 million", which a report writes with a currency or a noun counted after it.
RACE_DISTANCES = frozenset({"50", "60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000",
                            "5,000", "10000", "10,000"})
# What may follow a race's name: the end of the clause, or a word that does not start a counted noun phrase.
_AFTER_RACE = re.compile(r"(?:[\s\u00a0]*[.,;:!?)]|[\s\u00a0]*$|[\s\u00a0]+(?:by|was|is|in|at|on|with|for|after|"
                         r"before|when|where|ahead|since|and|but|last|this|from|again)\b)", re.I)


def race_distance(text: str, start: int, dig: str, m_end: int) -> bool:
    """Whether the bare fused "m" ending at `m_end` names a race: a standard distance after "the" with nothing
    counted after it ("the 1500m by 0.8 seconds"); "the 1500m people" stays millions (see RACE_DISTANCES)."""
    if dig not in RACE_DISTANCES or text[max(0, start - 4) : start].lower() != "the ":
        return False
    return (start < 5 or not text[start - 5].isalnum()) and _AFTER_RACE.match(text, m_end) is not None
