"""Whether a fused "m" after a number is metres: the one rule extract/numfigures.py and numsenses.py consult.

"10m people" and "up 15m on the year" are millions; "a 10m wall", "the 8,849m summit", "20m taller", "40m high",
"a 300m-long bridge" are metres. What follows the "m" decides first: a word of length or height ("high",
"long", "deep", "away", "across"), a thing measured by its height or length ("summit", "peak", "wall", "tower",
"cliff", "drop"), or a comparative of size ("taller", "higher", "deeper", "longer") makes it metres, whatever
the clause counted before it. Where none follows, the millions rules decide (a plural noun after it, a count in
millions earlier in the clause, a verb of counting people or visits).
"""

from __future__ import annotations

import re

# Words after "Nm" that make it a length: adjectives and adverbs of length or place, things measured by their
# height or length, comparatives of size. (Not "up"/"down": "2.6m, up 4%" and "15m up on last year" are millions.)
METRES_NEXT = re.compile(
    r"(?:[\s\u00a0]+|[-\u2010\u2011])(?:high|tall|long|wide|deep|away|above|below|across|thick|"
    r"summit|summits|peak|peaks|wall|walls|tower|towers|cliff|cliffs|ridge|mast|drop|plunge|dive|climb|ascent|"
    r"taller|higher|longer|deeper|wider|shorter|lower|thicker|narrower|further|farther|nearer|closer)\b",
    re.I)


def metres_next(text: str, end: int) -> bool:
    """Whether a word after the fused "m" ending at `end` makes the number a length (see the module)."""
    return METRES_NEXT.match(text, end) is not None
