"""Gapped lists: "Poland lost 10 men, Hungary four and Bulgaria two".

English drops the verb and the noun that a list's later items share with its first clause: "Hungary four" is
"Hungary lost four men". Each later item is then a name (a capital first) and a bare number, after a comma or "and",
and nothing after the number but the next item or the end of the clause. Its kind is the kind of the number before
it in the sentence (its measure and subject; its side the side the item's name is, where it is one of the lexicon's
sides). The first clause must be a claim of its own: "Group A 12, Group B 9" or "Room 12, Room 9" are none.

extract/classify.py asks here only where a capitalised word stands right before the number (its rule that "Base
559" or "Johnny Six" is a name, not a count), so the rule costs nothing elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.context import SentenceContext
from extract.docnumbers import numbers_in
from extract.records import Quantity
from extract.triggers import side_mentions, theatre_side

__all__ = ["gapped_item"]

# The item's name after a comma or "and" ("…, Hungary four", "… and Bulgaria two"): one or two capitalised words.
_ITEM_NAME = re.compile(r"(?:,|\band)[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]+\Z")
# What may follow the item's number: the next item, the end of the clause or sentence.
_ITEM_END = re.compile(r"[ \t]*(?:,|;|:|\.|\band\b|\bwhile\b|\Z)")
# Between the number before and the item: at most two words (its noun: "10 men") and the comma or "and".
_LINK = re.compile(r"(?:[ \t]+[\w'’-]+){0,2}[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
_GAP_MEASURES = frozenset({"killed", "wounded", "captured", "displaced", "destroyed", "damaged", "attacks", "forces"})


def gapped_item(ctx: SentenceContext, q: Quantity, depth: int, previous: Callable) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a gapped list item (module doc), else None; `previous` is extract/partof.py's
    reading of the number before in the sentence."""
    text, k = ctx.text, q.char_start
    item = _ITEM_NAME.search(text, max(ctx.start, k - 40), k)
    if item is None or not _ITEM_END.match(text, q.char_end, ctx.end):
        return None
    before = numbers_in(text[ctx.start : item.start()], ctx.start)
    if not before or not _LINK.fullmatch(text, ctx.start + before[-1].char_end, item.start("name")):
        return None  # the item does not follow a number and its noun at once
    whole = previous(ctx, q, depth, reach=80)
    if whole is None or whole.measure not in _GAP_MEASURES:
        return None
    named = side_mentions(text, item.start("name"), item.end("name"))
    side = theatre_side(text, named[-1].side) if named else whole.side
    return whole.measure, whole.subject, side
