"""People arrested or detained in a crackdown on protest are civilians.

"Police broke up the sit-in; more than 1,000 people have been detained", "94 people were detained after the
protest", "detained about 150 looters": people held where the report tells of protest, unrest or its repression
(the words of [crackdown] in assets/lexicons/claims.toml, in the sentence or one of the two before it) are the
civilians the crackdown fell on, not an armed side. Asked only for unidentified people captured (no side, no
armed noun): "arrested 12 soldiers" and "40 rebels were captured" keep their sides, and people arrested in an
operation against an armed group ("Troops arrested 342 men in raids on the militia") and people held as suspects
("detained 1,434 people suspected of taking part" in riots) stay unknown.
"""

from __future__ import annotations

from functools import lru_cache

from extract.context import SentenceContext
from extract.triggers import closing_table
from extract.wordset import words_of


_SUSPECTS = frozenset({"suspected", "suspects", "accused"})


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(closing_table("crackdown")["words"])


def held_in_crackdown(ctx: SentenceContext) -> bool:
    """Whether the sentence, or one of the two before it, tells of protest, unrest or its repression."""
    if not _SUSPECTS.isdisjoint(words_of(ctx.sentence)):
        return False  # "detained 1,434 people suspected of taking part" in the riots: suspects, no side told
    words = _words()
    return any(not words.isdisjoint(words_of(s)) for s in (ctx.sentence, ctx.neighbour(-1), ctx.neighbour(-2)) if s)
