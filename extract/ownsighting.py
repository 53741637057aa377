"""A record the writer's own people have seen: "morgue books inspected by our delegates list 208 deaths".

A count read off a document that the outlet's own delegates, reporters or staff have seen or inspected themselves
is vouched for by the outlet (GUIDELINES.md `confirmed`: the source says it has verified the figure), as "…, as our
reporter saw" is after a figure (extract/ownteam.py). Only a participle phrase "seen/inspected/examined/checked by
our …" (or "by us") before the number in its clause (no ";" between): "registers the ministry says it keeps list
600" or "lists seen by the ministry" vouch for nothing. extract/attribution.py asks it for a number in the
outlet's own voice.
"""

from __future__ import annotations

import re
from extract.rx import guarded

__all__ = ["own_sighting_before"]

_SEEN_BY_OURS = guarded(
    r"\b(?:seen|inspected|examined|checked|consulted|read)\s+(?:(?:directly|personally|independently)\s+)?by\s+"
    r"(?:us\b|our\s+(?:own\s+)?(?:delegates?|reporters?|correspondents?|staff|teams?|researchers?|monitors?|"
    r"observers?|investigators?|journalists?|doctors?|people|colleagues|delegation))", re.I)


def own_sighting_before(sentence: str, pos: int) -> bool:
    """Whether a "seen by our delegates" phrase stands before sentence[pos] in its clause."""
    if " by " not in sentence[:pos]:
        return False
    for m in _SEEN_BY_OURS.finditer(sentence, 0, pos):
        if ";" not in sentence[m.end():pos]:
            return True
    return False
