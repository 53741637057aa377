"""Whose "men" an armed group's speaker counts: "A rebel spokesman said only three of its men had been wounded".

"N of its men", "N of their men", "lost N of their own": when the claim's source speaks for an armed group (its
source type is armed_group, extract/attribution.py), "its" and "their" are the group's, and the men counted are
its fighters, on no civilian side. A state's speaker ("The police force says 25 of its men") is no armed group:
its men are read by extract/classify.py as they were. extract/claims.py asks `speakers_men` once the claimant
of a claim read as "men" or "people" is known.
"""

from __future__ import annotations

import re

from extract.records import Quantity

OWN_SUBJECTS = frozenset({"men", "people", "troops"})  # what such a count may read as before its speaker is known
_OWN_MEASURES = frozenset({"killed", "wounded", "captured"})
_OF_OWN = re.compile(r"\s+of\s+(?:its|their|our)\s+(?:own\b(?!\s+(?:people|civilians|citizens|villagers|"
                     r"residents|families|children|women))|men\b)", re.IGNORECASE)


def speakers_men(text: str, q: Quantity, measure: str, side: str, source_type: str | None) -> tuple[str, str] | None:
    """(subject, side) of "N of its/their men" told by an armed group's speaker, else None."""
    if source_type != "armed_group" or measure not in _OWN_MEASURES or not text.startswith(" of ", q.char_end):
        return None
    if _OF_OWN.match(text, q.char_end) is None:
        return None
    return "fighters", "unknown" if side == "civilian" else side
