""""The same report said …": a report referred back to is the publication that issued it.

"Reuters reported 40 dead in the market. The same report said 12 were children": Reuters. "In our report of 14
January we said … . The same report said that 3,000 were detained": the outlet itself. The report referred to is
the last one a sentence before names (in the section, up to four sentences back): the outlet's own ("our report",
"we reported"), or a claimant the lexicon types as a publication or a wire. With none found the phrase is left as it
is.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cues import sentence_cues
from extract.lexicon import lookup
from extract.vocab import OUTLET_SOURCE_TYPES

__all__ = ["REPORT_ENDS", "same_report_source"]

_SAME_REPORT = re.compile(r"(?:the\s+)?(?:same|that|earlier|original|previous)\s+(?:report|article|story|dispatch|"
                          r"broadcast|bulletin)", re.I)
# What a phrase _SAME_REPORT matches ends with, folded (the callers' cheap test, str.endswith).
REPORT_ENDS = ("report", "article", "story", "dispatch", "broadcast", "bulletin")
_OWN_REPORT = re.compile(r"\b(?:[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:report|article|story|dispatch|broadcast)|"
                         r"[Ww]e\s+(?:also\s+|first\s+)?(?:reported|said|wrote|stated|published))\b")
_PUBLISHERS = OUTLET_SOURCE_TYPES  # every outlet: the document's own and the ones it credits
_BACK = 4


def same_report_source(ctx: SentenceContext, name: str, voice: str | None) -> str | None:
    """Who issued the report "the same report" (`name`) refers back to: `voice` for the outlet's own, a listed
    publisher's name, or None when `name` is no such phrase or no report is named before."""
    if not _SAME_REPORT.fullmatch(name):
        return None
    sentences = ctx.sentences
    for k in range(1, _BACK + 1):
        i = ctx.index - k
        if i < 0 or sentences[i][0] < ctx.section.start:
            return None
        prev = ctx.neighbour(-k)
        if _OWN_REPORT.search(prev):
            return voice
        for c in sentence_cues(prev):
            hit = lookup(c.name) if c.name else None
            if hit and hit[1] in _PUBLISHERS:
                return hit[0]
    return None
