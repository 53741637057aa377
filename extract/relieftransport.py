"""Aircraft, lorries and ships that carry relief are no force in the field.

"Fourteen aircraft chartered by the Red Cross have landed with 120 tonnes of medicines", "30 trucks carrying flour
reached the town": what they count is a relief operation, not a side's equipment, so the default measure of their
class (forces) does not apply. The sentence must say they carry or were hired for relief (the words of
[relief_transport] in assets/lexicons/claims.toml, after the counted noun): "40 trucks with troops" and "12
aircraft bombed the town" stay claims.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.triggers import closing_table
from extract.wordset import words_of


@lru_cache(maxsize=1)
def _patterns() -> tuple[frozenset[str], re.Pattern[str]]:
    table = closing_table("relief_transport")
    alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    first = frozenset(w.split()[0] for w in table["cargo"])
    said = re.compile(r"[^.;]{0,80}?\b(?:" + alt(table["carry"]) + r")\b[^.;]{0,60}?\b(?:" + alt(table["cargo"]) +
                      r")\b", re.IGNORECASE)
    return first, said


def carries_relief(ctx: SentenceContext, np_end: int) -> bool:
    """Whether the transport counted (its noun ending at `np_end`) is said to carry relief, in its sentence."""
    first, said = _patterns()
    if first.isdisjoint(words_of(ctx.sentence)):
        return False
    return said.match(ctx.text, np_end, ctx.end) is not None
