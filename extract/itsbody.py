"""Whose "its" is, when the sentence before names a body and nobody speaks in it.

"In 1988 he helped found a families' association that collected names door to door. Its current list records 165
civilians killed.": "its" is the association's, the body the sentence before names, not a claimant quoted further
back (the martial-law command that "announced" a count two sentences earlier). Asked by extract/claimantof.py for
"its"/"their" followed by what a body owns ("Its list", "Their figures"), before the usual antecedent (the nearest
named claimant, extract/nearby.py), and only when the sentence before has no claimant of its own: where it does,
that claimant is the antecedent, as before.
"""

from __future__ import annotations

import re

from extract.bodywords import body_words
from extract.context import SentenceContext
from extract.cues import sentence_cues

__all__ = ["body_named_before"]

_BODY_NOUNS = "|".join(sorted({w.lower() for w in body_words() if not w.isupper() and len(w) > 3}, key=len,
                              reverse=True))
# "a families' association", "the Victims' Foundation", "a local rights group": an article, up to three words, and
# a body word last (not "the city and a group": no article or "and" among the words).
_BODY = re.compile(rf"\b(?:the|a|an)\s+(?P<np>(?:(?!(?:the|a|an|and|or|of|in|on|to|that|which|who)\b)[\w'’-]+\s+){{0,3}}?"
                   rf"(?:{_BODY_NOUNS})s?)\b", re.I)


def body_named_before(ctx: SentenceContext) -> str | None:
    """The last body the sentence before names (as written, without its article), when nobody speaks in it."""
    i = ctx.index - 1
    if i < 0 or ctx.sentences[i][0] < ctx.section.start:
        return None
    prev = ctx.neighbour(-1)
    if any(c.name for c in sentence_cues(prev)):
        return None
    found = None
    for found in _BODY.finditer(prev):
        pass
    return found.group("np") if found else None
