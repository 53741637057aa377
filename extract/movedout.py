"""People a verb of taking or carrying moved out of danger: evacuated, `displaced`, not taken captive.

"Red Cross trucks took 300 civilians out of the besieged town", "buses got 1,200 people out of the city", "the
ferry carried 400 families from the encircled port": a plain verb of moving (take, bring, carry, get; the lexicon
reads "took" as capture) with the people counted, then "out of" a town or area, or "from" one under siege, or "out"
alone before a phrase of time or way, in a report of war ("ships carried 1,087 people out during the week"). Taking
people out of a bus, a car or a house ("dragged 12 men out of the bus") is not this: the place must be a settlement
or area ([moved_out] places) or one under siege. And "a second flight took 95 more": more of the people counted
just before, moved the same way, share their measure when those were displaced ("evacuees", "refugees").
The other way round, people dragged or pulled out of a vehicle or a house ("Militiamen dragged 12 men out of the
bus") were taken: captured.
A participle of being driven out that opens the sentence says the same of the people counted after its comma, in a
report of war: "Evicted from company housing, some 20,000 miners and their families moved into tent colonies"
(`driven_out_before`; not "Evicted from their flats, 40 tenants protested" in a report of no war).
The words live in assets/lexicons/claims.toml [moved_out].
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from extract.anaphora import MORE_AFTER
from extract.context import SentenceContext
from extract.records import Quantity
from extract.tailwords import strip_fillers
from extract.triggers import UNARMED, closing_table, names_a_war

# The people whom moving out of danger displaces: the unarmed and refugees (armed men moved out are a force's move).
MOVABLE = UNARMED | {"displaced"}


# "out" standing alone after the people, then a phrase of time or way or the clause's end: "carried 1,087 people out
# during the week on the crossing to Benghazi", "got 300 families out on Sunday" (out of the place the report tells of).
_OUT_ALONE = (r"\s+out(?=\s+(?:during|over|on|in|by|to|across|within|before|after|this|last|each|every|overnight|"
              r"yesterday|today)\b|\s*[,.;:]|\s*\Z)")


@lru_cache(maxsize=1)
def _read() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the verbs of moving, the place after the people) of [moved_out]."""
    t = closing_table("moved_out")
    places = "|".join(re.escape(p) for p in sorted(t["places"], key=len, reverse=True))
    sieges = "|".join(re.escape(p) for p in t["under_siege"])
    after = re.compile(rf"\s+(?:out\s+of|from)\s+(?:the\s+|a\s+)?((?:{sieges}))\b|\s+out\s+of\s+(?:the\s+|a\s+|an\s+)?"
                       rf"(?:[\w'’-]+\s+){{0,2}}?(?:{places})\b|{_OUT_ALONE}", re.IGNORECASE)  # (group 1: a place under
    # siege)
    return frozenset(t["movers"]), after


def _mover_before(text: str, lo: int, k: int) -> bool:
    """Whether the word before the number at `k` (qualifiers dropped) is a plain verb of moving."""
    before = text[lo : strip_fillers(text, lo, k)].rsplit(None, 1)
    return bool(before) and before[-1].lower() in _read()[0]


def moved_out(ctx: SentenceContext, q: Quantity, np_end: int) -> bool:
    """Whether the people counted at `q` (their noun ending at `np_end`) were moved out of a town or area, in a
    report of war, or from one under siege (a siege is war enough), by a plain verb of moving before them."""
    text = ctx.text
    m = _read()[1].match(text, np_end, ctx.end)
    return m is not None and _mover_before(text, max(ctx.start, q.char_start - 40), q.char_start) and bool(
        m.group(1) or names_a_war(text))


def more_moved(ctx: SentenceContext, q: Quantity, depth: int, previous: Callable) -> bool:
    """Whether `q` counts "N more" moved by a plain verb of moving ("a second flight took 95 more") after a count of
    displaced people in the sentence (`previous`: extract/partof.py's, passed in to keep the import one way)."""
    text = ctx.text
    if not MORE_AFTER.match(text, q.char_end, ctx.end) or not _mover_before(
            text, max(ctx.start, q.char_start - 40), q.char_start):
        return False
    whole = previous(ctx, q, depth)
    return whole is not None and whole.measure == "displaced"


_OUT_OF = re.compile(r"\s+(?:out\s+of|from|off)\s", re.IGNORECASE)


def dragged_off(ctx: SentenceContext, q: Quantity, np_end: int) -> bool:
    """Whether the people counted at `q` (their noun ending at `np_end`) were dragged or pulled out of somewhere by
    the verb before them ("dragged 12 men out of the bus", "snatched five passengers off the lorry"; not "pulled 12
    survivors from the rubble": a rescue)."""
    text = ctx.text
    if _OUT_OF.match(text, np_end, ctx.end) is None:
        return False
    lo = max(ctx.start, q.char_start - 40)
    before = text[lo : strip_fillers(text, lo, q.char_start)].rsplit(None, 1)
    return bool(before) and before[-1].lower() in _abductors()


@lru_cache(maxsize=1)
def _abductors() -> frozenset[str]:
    """The verbs of [moved_out] abductors."""
    return frozenset(closing_table("moved_out")["abductors"])


def _fronted() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the participles, the sentence opening) of [moved_out] fronted: a participle, "from" or "out (of)", a few words,
    a comma, and only a qualifier before the number."""
    participles = closing_table("moved_out")["fronted"]
    words = "|".join(re.escape(w) for w in participles)
    return frozenset(participles), re.compile(
        rf"[\"“]?(?:{words})\s+(?:out\s+of|out|from|away\s+from)\s[^,;:.()\"“”]{{1,60}},\s*(?:(?:some|about|around|"
        r"roughly|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|as\s+many\s+as|up\s+to)\s+)?\Z", re.IGNORECASE)


_FRONTED_WORDS, _FRONTED = _fronted()  # (read at import: the first number that asks must not pay for it)


def driven_out_before(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the sentence opens with a participle of being driven out, then a comma and the number at `q` (the
    module's docstring), in a report of war."""
    k, start, text = q.char_start, ctx.start, ctx.text
    if k - start > 90:
        return False
    first = text[start : start + 12].lstrip("\"“").split(None, 1)
    return bool(first) and first[0].lower() in _FRONTED_WORDS and _FRONTED.match(text, start, k) is not None and (
        names_a_war(text))
