"""Figures vouched for by the evidence named just after them: "Destroyed: 4 tanks, 2 APCs and 6 trucks. BDA confirmed
by gun-camera video on recovery."

A short statement, later in the same paragraph, that the results, the damage or the figures were confirmed or
verified by a kind of evidence (video, footage, imagery, photographs, an inspection, records) vouches for the figures
the paragraph has given before it (GUIDELINES.md `confirmed`). Only evidence, not a party: "Figures confirmed by
the ministry" is the ministry's word, read by the cues of its own sentence.
extract/sentencefacts.py asks it with the other vouching (`vouched`).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.stance import same_paragraph

__all__ = ["vouched_by_proof_after"]

_REACH = 3  # sentences ahead in the paragraph
_PROOF = re.compile(
    r"\W*(?:(?:the|all|these|those|this|our)\s+)?(?:[\w-]+\s+){0,2}?(?:BDA|results?|damage|figures?|counts?|tolls?|"
    r"kills|losses|numbers|tally|totals?|strikes?|hits)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|all)\s+)?"
    r"(?:(?:independently|fully|all|later)\s+)?(?:confirmed|verified)\s+by\s+"
    r"(?:(?:the|our|its|their|post-strike|on-board)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:video|videos|footage|imagery|images|photographs|photos|inspection|inspections|reconnaissance|recce|records|"
    r"tapes?|film|satellite|radar)\b", re.I)


def vouched_by_proof_after(ctx: SentenceContext) -> bool:
    """Whether one of the next sentences of the paragraph says the results just given were confirmed by evidence."""
    for k in range(1, _REACH + 1):
        nxt = ctx.neighbour(k)  # ("" past the end)
        if "onfirm" in nxt or "erifi" in nxt:  # (the cheap test first: most sentences have neither)
            # (the sentence k ahead in the paragraph: so are those between)
            return _PROOF.match(nxt) is not None and same_paragraph(ctx, k)
    return False
