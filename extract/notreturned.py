"""People who "have not returned" to their homes in a war: displaced still.

"About 800 families have not returned to their villages", "thousands have not yet gone back home": people (of
MOVERS: not troops, who "have not returned to base") kept from the places they live in are displaced, in a
report of a war. The words must name the home ("home", "their farms", "the village"): "12 climbers have not
returned" is no displacement, and neither is anything "not returned" in a document naming no war. (A plain
"not" after the count is otherwise no harm: "20 soldiers were not hurt", extract/phrase.py.)
"""

from __future__ import annotations

import re

from extract.triggers import names_a_war

_NOT_BACK = re.compile(
    r"(?:not|n[’']t)\s+(?:yet\s+|since\s+|been\s+able\s+to\s+|able\s+to\s+|dared\s+(?:to\s+)?)?"
    r"(?:returned|return|gone\s+back|go\s+back|come\s+back|came\s+back|been\s+back)\s+"
    r"(?:home\b|to\s+(?:their|the|our|his|her)\s+(?:own\s+)?(?:homes?|houses?|farms?|fields|land|lands|villages?|"
    r"towns?|neighbourhoods?|neighborhoods?|districts?|camps?\s+of\s+origin)\b)", re.IGNORECASE)


def not_returned(text: str, at: int, end: int) -> bool:
    """Whether the words at `at` (after the auxiliaries: "not returned to their farms") say the people counted
    have not gone back to where they live, in a document that names a war."""
    return _NOT_BACK.match(text, at, end) is not None and names_a_war(text)
