"""A caveat over "these figures" closing a paragraph doubts every figure of that paragraph.

"Since May 19, the spokesman said, 212 rebels have been killed … . He put the number still in the field at about
3,000 … . None of these figures could be verified independently." The writer casts doubt (GUIDELINES.md:
`disputed`) on all the paragraph's figures, not only on the sentence next to it; the figures of the paragraphs
before (a tally given above) are not "these". extract/stance.py asks, for a doubting sentence k after a number's.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext

# "None of these figures", "All of these numbers", "None of the figures above": every figure just given.
_NONE_OF_THESE = re.compile(r"\b(?:none|all|any|each|neither)\s+of\s+(?:these|those|the(?:se)?\s+above|the)\s+"
                            r"(?:\w+\s+)?(?:figures|numbers|claims|tolls|counts|tallies|accounts|statistics)\b", re.I)
# ... said to be unchecked: "could be verified" after "none of", "could not be confirmed", "cannot be checked".
_UNCHECKED = re.compile(r"\b(?:verif|confirm|check|corroborat|substantiat)\w*", re.I)
_NEGATION = re.compile(r"^\W*(?:none|neither)\b|\b(?:not|n['’]t|never|unable|no\s+way)\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def doubts_its_paragraph(ctx: SentenceContext, k: int, doubting: str) -> bool:
    """Whether the sentence `k` after the number's one says "none of these figures" could be checked and stands in
    the same paragraph, so that the doubt covers the number's sentence too."""
    if "of th" not in doubting or not _NONE_OF_THESE.search(doubting):
        return False
    if not (_UNCHECKED.search(doubting) and _NEGATION.search(doubting)):
        return False  # ("All of these figures were confirmed": no doubt)
    start = ctx.sentences[ctx.index + k][0]
    return not _PARAGRAPH_BREAK.search(ctx.text, ctx.end, start)
