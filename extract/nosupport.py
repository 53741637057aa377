"""The writer finding nothing behind a figure: "The Commission finds no support for that account", "We found
nothing to support these figures", "there is little support for the ministry's claim".

A doubt like "no evidence for these figures" (extract/stance.py's _DOUBT), said of an account, a claim or a figure
pointed at ("that", "these", "the ministry's"): GUIDELINES.md `disputed` ("unsupported"). Support for anything
else ("no support for the ceasefire", "support for the victims") is no doubt.
extract/stance.py asks it through `_has_doubt`, as one more form of doubt.
"""

from __future__ import annotations

import re

__all__ = ["finds_no_support"]

_FIGURE_NOUNS = r"(?:accounts?|claims?|figures?|tolls?|counts?|numbers?|estimates?|versions?|tall(?:y|ies)|totals?)"
_NO_SUPPORT = re.compile(
    r"\b(?:no|little|nothing|not\s+any)\s+(?:(?:independent|real|credible)\s+)?(?:support|basis)\s+for\s+"
    r"(?:that|this|these|those|the|its|his|her|their|such|either|any)\s+(?:[\w'’-]+\s+){0,2}?" + _FIGURE_NOUNS + r"\b"
    r"|\bnothing\s+(?:that\s+|to\s+|which\s+)?(?:supports?|supported|backs?\s+up|bears?\s+out)\s+"
    r"(?:that|this|these|those|the|its|his|her|their|such|either|any)\s+(?:[\w'’-]+\s+){0,2}?" + _FIGURE_NOUNS + r"\b",
    re.I)


def finds_no_support(sentence: str) -> bool:
    """Whether the sentence says there is no support for an account or figure pointed at (see the module)."""
    if "support" not in sentence and "basis" not in sentence and "othing" not in sentence:
        return False  # (every match holds "support" or "basis", or opens with "nothing")
    return bool(_NO_SUPPORT.search(sentence))
