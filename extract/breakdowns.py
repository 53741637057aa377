"""A number that is a part of a count given before ("Of these, 902 were …", "231 of the dead were civilians, 38 of
them children"): extract/attribution.py asks `is_breakdown` (through extract/stance.py, which re-exports it).
"""

from __future__ import annotations

import re

# "Of these, 902 were …", "At least 231 of the dead were civilians, 38 of them children".
_PART_NOUNS = r"(?:these|those|them|the\s+(?:dead|killed|victims|deaths|killings|casualties|wounded|missing))"
_BREAKDOWN_AFTER = re.compile(rf"\s+of\s+{_PART_NOUNS}\b", re.I)
_BREAKDOWN_OPEN = re.compile(rf"\W*(?:of|among)\s+{_PART_NOUNS}\s*,", re.I)  # every number after it is a part


def is_breakdown(sentence: str, pos: int, end: int) -> bool:
    """Whether the number at sentence[pos:end] is a part of a count given before (see _BREAKDOWN_*)."""
    if _BREAKDOWN_AFTER.match(sentence, end):
        return True
    opening = _BREAKDOWN_OPEN.match(sentence)
    return bool(opening and opening.end() <= pos)
