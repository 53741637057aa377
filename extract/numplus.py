"""A lower bound written "N-plus": "from 100-plus countries", "a 50-plus crowd", "£1m-plus".

GUIDELINES write "30+" as at least 30, its surface with the "+" (extract/numfigures.py reads it). "-plus" fused to
the number by a hyphen says the same in words: "the fair drew exhibitors from 100-plus countries" is at least 100,
and the surface holds "-plus". "40 plus" with a space is read by extract/numqualifiers.py (at least 40, "€65m plus
€10m" stays two amounts); "5-plus-3" is no bound (a word follows the second hyphen).
"""

from __future__ import annotations

import re

_HYPHEN_PLUS = re.compile(r"[-\u2010\u2011]plus\b(?![-\u2010\u2011]\w)", re.I)


def hyphen_plus(text: str, end: int) -> re.Match[str] | None:
    """The "-plus" right after a number that ends at `end` ("100-plus countries"), else None."""
    return _HYPHEN_PLUS.match(text, end)
