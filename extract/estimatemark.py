"""A count marked an estimate by a parenthesis after it: "185,000 people displaced (estimate)", "12,000 (est.)".

A key-figures line or a table row often writes its hedge after the count's phrase, in brackets: "(estimate)",
"(estimated)", "(est.)", "(approx.)", "(approximate)". The count is then approximate (GUIDELINES.md "qualifier":
approx), as "an estimated 185,000" would be. Only an exact count of the same sentence takes it, with no other
number between the count and the mark ("96 killed (hospital records, 6-26 February)" is no estimate, and "5 dead,
185,000 displaced (estimate)" marks the 185,000 only).
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\((?:estimated?|est\.?|approx\.?|approximate(?:ly)?|approximation)\)", re.IGNORECASE)


def marked_estimate(sentence: str, sentence_start: int, q_end: int) -> bool:
    """Whether the bracketed mark of an estimate follows the count ending at `q_end` in its sentence (starting at
    `sentence_start`), with no digit between (the module's docstring)."""
    if "(est" not in sentence and "(approx" not in sentence and "(Est" not in sentence:
        return False  # (the cheap test)
    m = _MARK.search(sentence, q_end - sentence_start)
    return m is not None and not any(c.isdigit() for c in sentence[q_end - sentence_start : m.start()])
