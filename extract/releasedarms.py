"""Munitions "released": dropped from an aircraft, an attack ("the jets released 4 Mk-84 bombs over the depot").

The lexicon's "released" frees people (the "free" group: "rebels released 30 hostages", captured). Said of
munitions it is the aircrew's word for dropping them, an attack as "dropped" is; but munitions released "to" a
country or a buyer are a shipment let go ("released 1,800 bombs to the ally"), which the lexicon reads as supply
(the "deploy" group, as "supplied" and "delivered" are). extract/phrase.py asks where the verb before a count of
munitions is of the "free" group.
"""

from __future__ import annotations

import re

_RELEASE = ("releas", "Releas", "RELEAS")
# After the noun phrase: "to" and a recipient, or words of a shipment, make the release a supply.
_SHIPPED = re.compile(r"\s+(?:to|for)\s+(?!(?:the\s+)?(?:ground|earth|sea|target)\b)|\s*,?\s*(?:held|frozen|paused)\b",
                      re.IGNORECASE)


def released_munitions(text: str, verb_at: int, np_end: int) -> str | None:
    """The verb group of "released" (at `verb_at`) before a count of munitions whose noun phrase ends at `np_end`:
    "attack", or "deploy" when they were released to someone; None when the verb is not "released"."""
    if not text.startswith(_RELEASE, verb_at):
        return None
    return "deploy" if _SHIPPED.match(text, np_end) else "attack"
