"""A comparative that describes a noun is no counter-figure: "of a much smaller army of some 150,000".

extract/stance.py reads "much higher", "far smaller" after a number as the writer's counter-figure ("…, but the real
number is much higher"). Said predicatively of the figure, it is; set between an article and a noun ("a much smaller
army", "the far larger force") it only compares two things the sentence counts, and doubts nothing.
"""

from __future__ import annotations

import re

__all__ = ["describes_a_noun"]

# An article right before the comparative: "a much smaller", "the far larger", "an even higher".
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:even\s+)?$", re.I)


def describes_a_noun(sentence: str, at: int) -> bool:
    """Whether the comparative starting at sentence[at] ("much smaller") stands after an article: it qualifies a noun
    ("a much smaller army"), not the figure."""
    return _ARTICLE_BEFORE.search(sentence, max(0, at - 12), at) is not None
