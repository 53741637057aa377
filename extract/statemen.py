"""The side of the state's armed men when the passage gives it, not the counted noun.

"Fighting between the army and the rebels went on all week. Three soldiers were wounded": the rebels are the side
the passage names, but soldiers, police and officers are a state's men, not a rebellion's. A side that cannot own
them ([state_men] not_owners in assets/lexicons/claims.toml) gives them its opponent's side (extract/sides.py's
`_opponent`, unknown outside Syria unless that opponent is named). Asked only where the side came from the sentence
or the passage: a side named on the noun ("12 rebel soldiers", "FSA troops") is taken before. An owner named by a
possessive on the noun that is no side ("2,000 of Noriega's soldiers were taken prisoner") leaves the side unknown:
it is neither the doer's nor the passage's (`named_owner`); "12 of their men" after a side's speaker are that
side's (`speakers_own`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import closing_table, lexicon, norm


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    table = closing_table("state_men")
    return frozenset(table["subjects"]), frozenset(table["not_owners"])


def cannot_own(side: str | None, subject: str | None) -> bool:
    """Whether `side`, given by the passage, cannot be the side of the state's men counted as `subject`."""
    if side is None or subject is None:
        return False
    subjects, not_owners = _table()
    return side in not_owners and subject in subjects


_OWNER = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s")


def named_owner(text: str, lo: int, hi: int) -> bool:
    """Whether the counted noun phrase text[lo:hi] names its owner by a possessive name ("2,000 of Noriega's
    soldiers", "40 of Kabila's men"): the owner is told, and it is no side of the lexicon (a side's name is read
    before), so neither the doer's nor the passage's side is theirs."""
    return _OWNER.search(text, lo, hi) is not None


_THEIR = re.compile(r"\s+of\s+(?:their|its|our)\s", re.IGNORECASE)


def speakers_own(ctx: SentenceContext, q: Quantity) -> str | None:
    """The side of "N of their men" when a side speaks before it ("A rebel spokesman said 12 of their men were
    killed"): "their" is the speaker's, whose side the lexicon names although it is the claim's source, not a side
    acting in the sentence (extract/triggers.py leaves speakers out of `side_mentions`). The last side word before
    the number in the sentence; None when there is none or the number is not followed by "of their/its/our"."""
    if _THEIR.match(ctx.text, q.char_end, ctx.end) is None:
        return None
    lex = lexicon()
    last = None
    for last in lex.side_re.finditer(ctx.text, ctx.start, q.char_start):
        pass
    return lex.side_of.get(norm(last.group(0))) if last is not None else None
