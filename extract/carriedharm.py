"""A harm word of a list's first conjunct carried to an elliptic second one: "between 900 and 1,200 soldiers and
civilians dead, and 250 Honduran soldiers" (the 250 are dead too, not a force's size).

The second conjunct is ", and" (or "and") right before the number, a noun phrase with no verb, and the end of the
clause after it; the first conjunct, in the same clause, is a number, at most eight words, and a harm word last
("dead", "killed", "wounded"; [carried_harm] of assets/lexicons/claims.toml). Not reached: "40 were killed, and 250
soldiers arrived" (a verb of its own), "12 dead in the north and 250 soldiers deployed", "the 40 dead and 250 troops
who guarded the town" (a clause after the noun), "250 soldiers" with no harm word before.
"40 dead and 300 wounded civilians" names its own harm. extract/classify.py asks only for a number of people
(`CARRIED`) no verb acts on, with "and" right before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.triggers import closing_table

# The classes of counted people that may take a harm carried to them (not "wounded" itself, an injury).
CARRIED = frozenset({"civilian", "people", "fighter", "demonym", "third_party", "peacekeeper"})
# What may end the second conjunct: the end of the clause or sentence, a bracket of its source.
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.;:!?)(]|\Z)")


@lru_cache(maxsize=1)
def _read() -> tuple[re.Pattern[str], dict[str, str]]:
    """(the first conjunct ending in a harm word and ", and" before the number, the measure of each harm word)."""
    table = closing_table("carried_harm")
    measure = {w: m for m, words in table.items() for w in words}
    harm = "|".join(sorted(measure, key=len, reverse=True))
    before = re.compile(rf"\d[\d,.]*(?:[^\S\n]+[\w'’-]+){{0,8}}?[^\S\n]+({harm}),?[^\S\n]+and[^\S\n]+"
                        r"(?:(?:some|about|around|another|a\s+further|at\s+least|more\s+than|over|nearly)[^\S\n]+)?\Z")
    return before, measure


def carried_harm(text: str, lo: int, k: int, np_end: int, end: int) -> str | None:
    """The measure the first conjunct's harm word gives the count at `k` whose noun phrase ends at `np_end` (the
    module's docstring), or None; `lo`, `end`: the sentence's bounds."""
    if not _CLAUSE_END.match(text, np_end, end):
        return None
    before, measure = _read()
    if not measure.keys().isdisjoint(text[k:np_end].lower().split()):
        return None  # "40 dead and 300 wounded civilians": the second conjunct names its own harm
    m = before.search(text, max(lo, k - 120), k)
    return measure[m.group(1)] if m else None
