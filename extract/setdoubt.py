"""A doubt that points at the figures of its own paragraph: "We are unable to verify either set of figures",
"We cannot check these numbers".

A demonstrative ("these numbers", "those figures") or a set noun ("either set of figures", "both sets of
numbers") takes in every figure its paragraph has given, not only the nearest sentence's: a set holds the
figures of one or more claimants, and "these" points back over the paragraph. extract/stance.py asks it (in
`_doubt_on_all_accounts`) for a doubting sentence a few sentences after a figure, in the same paragraph. "The
Ukrainian numbers cannot be verified" (no demonstrative, no set) is left to stance.py: the nearest figures only.
"""

from __future__ import annotations

import re

from extract.figurenouns import FIGURE_ALT

__all__ = ["points_over_paragraph"]

_OVER_PARAGRAPH = re.compile(
    r"\b(?:(?:either|neither|both|each|all|the\s+two)\s+(?:sets?|series|lists?)\s+of\s+(?:[\w'’-]+\s+)?"
    rf"(?:{FIGURE_ALT}|claims?|accounts?|statistics|data)"
    rf"|(?:these|those)\s+(?:[\w'’-]+\s+)?(?:figures|numbers|tolls|counts|totals|tallies|estimates|statistics))\b",
    re.I)
# Every match holds one of these words (as written, lower or capitalised).
_KEYS = ("set", "series", "list", "these", "These", "those", "Those")


def points_over_paragraph(sentence: str) -> bool:
    """Whether a doubting `sentence` points at a set of figures or at "these figures": it covers its paragraph."""
    if not any(k in sentence for k in _KEYS):
        return False
    return _OVER_PARAGRAPH.search(sentence) is not None
