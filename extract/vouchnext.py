"""The writer vouching for the figures just given, in the next sentence of the paragraph: "China handed back 1,636
prisoners and Vietnam 238. Those numbers are solid; both sides agreed on them."

As a doubt in the next sentence disputes a figure (extract/stance.py `around`), a plain statement there that the
figures are solid, reliable or accurate vouches for them (GUIDELINES.md `confirmed`: verified by the writer). Only
the figures pointed at as a whole ("those numbers", "the figure") in a sentence of the writer's own: "The figures
are reliable, the ministry insists" is the ministry's claim, and "Those numbers are high" says nothing of their truth.
extract/sentencefacts.py asks it with the sentences vouching ahead (`vouched`).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cuescan import has_any
from extract.figurenouns import FIGURE_ALT
from extract.stance import same_paragraph

__all__ = ["vouched_next"]

# (the nouns of a figure are extract/figurenouns.py's; the article and the verb tell one figure from several)
_SOLID = re.compile(r"\W*(?:(?:these|those|the|both|all)\s+(?:(?:two|three|four|[\w-]+)\s+)?(?:" + FIGURE_ALT + r")\s+"
                    r"(?:are|were)|(?:this|that|the)\s+(?:[\w-]+\s+)?(?:" + FIGURE_ALT + r")\s+(?:is|was))\s+"
                    r"(?:(?:all|both|quite|very|entirely|fully|wholly)\s+)?"
                    r"(?:solid|reliable|accurate|correct|sound|verified|confirmed)\b", re.I)
# A verb of someone else's saying after the vouch: "…, the ministry insists."
_SAID = re.compile(r",\s*(?:[\w'’-]+\s+){1,4}(?:says?|said|insists?|insisted|claims?|claimed|argues?|argued)\b", re.I)
_KEYS = ("solid", "reliable", "accurate", "correct", "sound", "verified", "confirmed")


def vouched_next(ctx: SentenceContext) -> bool:
    """Whether the next sentence, in the same paragraph, says the figures just given are solid."""
    nxt = ctx.neighbour(1)  # ("" past the end)
    if not has_any(nxt[:80].lower(), _KEYS):  # (the cheap test first: most sentences have none; then the paragraph)
        return False
    return same_paragraph(ctx, 1) and bool(_SOLID.match(nxt)) and not _SAID.search(nxt)
