"""A part of the count before, named by its own noun in a clause that opens with "among them" inside the sentence.

"The army said 90 rebels had been captured; among them are 8 commanders", "Shelling wounded 60 people, among them 14
children", "... 37 dead, of whom 11 police officers": armed people so named ("commanders", "officers") would count
a force's size with no verb; after "among them", "among whom" or "of whom" opening a clause they are a part of the
count before, and share its measure. extract/partitive.py's named_part reads the same at a sentence's start ("...
fled by boat. Among them are 12 teachers"). Asked only when the sentence holds "among" or "whom".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.partitive import named_part
from extract.partof import PEOPLE_MEASURES, Kind, previous
from extract.phrase import Phrase
from extract.records import Quantity

GATE = frozenset({"among", "whom"})
_OPENS = re.compile(r"(?:[;,:—–(]\s*|\b(?:and|while|with)\s+)(?:among\s+(?:them|whom|those|these)|of\s+whom)"
                    r"\s*,?\s+"
                    r"(?:(?:were|are|was|is|there\s+(?:were|are))\s+)?(?:(?:at\s+least|about|some|around|nearly|"
                    r"more\s+than|over|up\s+to|roughly|an\s+estimated|as\s+many\s+as)\s+)?\Z", re.IGNORECASE)


# A count that is the last of the items after "among them": "1,500 soldiers, among them the 15th Hussars and about 120
# men of the Yeomanry" (an item named with a determiner, then "and", then the count).
_AFTER_ITEM = re.compile(r"\bamong\s+(?:them|whom|those|these)\s*,?\s+(?:(?:were|are)\s+)?(?:the|a|an|its|their)\s+"
                         r"[^,;:.()\"“”]{1,40}?\s+and\s+(?:(?:at\s+least|about|some|around|nearly|more\s+than|over|"
                         r"up\s+to|roughly|an\s+estimated|as\s+many\s+as)\s+)?\Z", re.IGNORECASE)


def among_clause(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number at `q` opens a clause "among them (are)", "of whom" inside its sentence."""
    return _OPENS.search(ctx.text, max(ctx.start, q.char_start - 40), q.char_start) is not None


def item_among(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number at `q` is the last item of a part named after "among them" ("among them the 15th Hussars
    and about 120 men"): a part of the count before, as the first item would be."""
    k = q.char_start
    return ctx.text.find(" and ", max(ctx.start, k - 12), k) >= 0 and _AFTER_ITEM.search(
        ctx.text, max(ctx.start, k - 75), k) is not None


def force_among(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str], depth: int,
                start: int) -> Kind | None:
    """The kind of a force-sized count that is a part of the count before, not a force's size: "90 rebels had been
    captured; among them are 8 commanders" (`among_clause`), "... admitted 127 wounded. Among them were 18 soldiers"
    (a sentence opening "Among"/"Of": extract/partitive.py); "assembled 1,500 soldiers, among them the Hussars and
    about 120 men" (`item_among`: men of a force are its part); None otherwise. classify asks it for fighters,
    peacekeepers and men with no verb of their own, below the depth limit."""
    if not GATE.isdisjoint(words) and (among_clause(ctx, q) or "and" in words and item_among(ctx, q)):
        whole = previous(ctx, q, depth)
        if whole is not None and (whole.measure in PEOPLE_MEASURES or (
                whole.measure == "forces" and ph.subject == "men")):  # (a force's men are part of its size)
            assert ph.subject is not None  # (asked for a force's class or "men": a class and subject are set together)
            return Kind(whole.measure, ph.subject, whole.side)
    if ctx.text.startswith(("Among ", "Of "), start):
        return named_part(ctx, q, ph.cls, ph.subject, depth)
    return None
