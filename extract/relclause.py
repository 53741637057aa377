"""The main verb of people counted before a relative clause whose own verb is no harm.

"Two porters who had been sleeping in the depot were killed", "40 villagers who stayed behind were
wounded": the clause "who ..." only describes the people, and the verb the count needs comes after it.
extract/phrase.py looks for a verb of the lexicon right after "who" first ("800 people who fled"); this is
asked only when none is there. The clause is short (at most eight words), holds no comma, semicolon,
number or speech verb ("Two men who saw the raid said five were killed": the five, not the two, were
killed), and the main verb follows an auxiliary ("were", "had been").
"""

from __future__ import annotations

import re

# A people noun not in the lexicon may stand between the number and "who" when it names people by a
# trade ending in "-men" ("groundsmen", "linesmen") or any plural ("porters").
_RELATIVE = re.compile(
    r"\s+(?:[a-z][a-z-]*(?:men|s)\s+)?who\s+"
    r"(?:(?!(?:said|says|say|told|reported|claimed|added)\b)[A-Za-z][\w'’-]*\s+){1,8}?"
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+",
)


def verb_after_relative(text: str, np_end: int, end: int) -> int | None:
    """Where the main verb starts after a relative clause that follows the counted noun at `np_end`
    (None: no such clause). The caller still asks the lexicon whether a verb of harm starts there."""
    m = _RELATIVE.match(text, np_end, end)
    return m.end() if m else None
