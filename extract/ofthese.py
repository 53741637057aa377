"""A part of the count before, named by its predicate: "Reported deaths numbered 612. Of these, 388 were civilians".

A sentence opening "Of these," / "Of them," / "Among them," gives a part of the last count told, and says who that
part was by a copula and a noun of people ("388 were civilians", "12 were officers"). The part has the whole's
measure (killed, wounded, ...) and the noun's subject; its side is the noun's when the noun says it (civilians
are civilian), else the whole's. Not a part: "Of these, 300 were killed in airstrikes" (no noun of people after
the copula: the number keeps its own verb), or a count of things ("Of these, 12 were tanks": no people).

extract/classify.py asks `part_by_predicate` for a number with no noun and no verb of its own reading in a sentence
opening with "Of " or "Among ", and `who_they_were` for a part of the dead or wounded ("Of the dead, 17 were
soldiers").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.partof import PEOPLE_MEASURES, Kind, part_of_last_count
from extract.records import Quantity
from extract.triggers import people_noun_at

_PREDICATE = re.compile(r"\s+(?:were|was|are|is)\s+(?:(?:all|mostly|mainly|largely|reportedly)\s+)?(?=\w)", re.IGNORECASE)
_OPENING = re.compile(r"(?:Of|Among)\s+(?:these|them|those|the\s+dead|the\s+victims|the\s+wounded|the\s+injured)\s*,?\s*"
                      r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?\Z")
_OWN_SIDE = {"civilian": "civilian", "third_party": "unknown", "medical": "civilian"}


def who_they_were(ctx: SentenceContext, q: Quantity) -> tuple[str, str] | None:
    """(class, subject) of the people a number is said to be by a copula and a noun of people after it ("17 were
    soldiers"); None: no such noun, or one that counts no people."""
    who = _PREDICATE.match(ctx.text, q.char_end, ctx.end)
    got = people_noun_at(ctx.text, who.end(), ctx.end) if who else None
    return got[:2] if got else None


def part_by_predicate(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """(measure, subject, side) of a part of the count before whose predicate names who it was, else None."""
    if not _OPENING.match(ctx.text, ctx.start, q.char_start):
        return None
    got = who_they_were(ctx, q)
    if got is None:
        return None
    whole = part_of_last_count(ctx, q, depth)
    if whole is None or whole.measure not in PEOPLE_MEASURES:
        return None
    return Kind(whole.measure, got[1], _OWN_SIDE.get(got[0], whole.side))
