"""A report's own method vouching for every count it gives: "Each incident is confirmed by two monitors before it
is included.", "Every death in this report has been verified against hospital records." Such a sentence, anywhere
in the document (a METHODOLOGY note usually closes it), makes the figures the report gives in its own voice
`confirmed` (GUIDELINES.md: "confirmed when the text says the count was verified, confirmed or documented"), not only
those after it (extract/aheadstance.py `vouched_before`). A method that only counts ("a fatality is counted only if two
sources agree") or doubts ("not every case could be verified") vouches for nothing, and neither does a count
confirmed by itself ("All 12 deaths were confirmed by the hospital": "each"/"every" states a rule, "all N" a fact).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cuescan import has_any
from extract.wordset import folded

__all__ = ["method_vouched"]

_UNITS = (r"(?:incidents?|cases?|killings?|deaths?|events?|figures?|counts?|reports?|entries|entry|records?|"
          r"fatalit(?:y|ies)|casualt(?:y|ies)|victims?|attacks?|violations?)")
_METHOD = re.compile(
    r"\b(?:each|every)\s+(?:(?:of\s+the\s+)?[A-Za-z-]+\s+){0,2}?" + _UNITS + r"\b[^.;]{0,40}?\b"
    r"(?:is|are|was|were|has\s+been|have\s+been|must\s+be)\s+(?:(?:independently|first|then|also|separately)\s+)?"
    r"(?:confirmed|verified|corroborated|cross-checked|double-checked)\b", re.I)
_NEGATION = re.compile(r"\bnot\s+(?:each|every)\b|\b(?:not|never|cannot)\b[^.;]{0,30}$", re.I)
_KEYS = ("confirmed", "verified", "corroborated", "checked")
_MEMO_KEY = "attribution: method vouches"


def method_vouched(ctx: SentenceContext) -> bool:
    """Whether a sentence of the document says every count of the report is confirmed (worked out once per
    document, in its memo; a document without "each"/"every" and a word of confirming is not read)."""
    memo = ctx.memo
    if memo is not None and _MEMO_KEY in memo:
        return memo[_MEMO_KEY]
    text = ctx.text
    low = folded(text)
    found = False
    if has_any(low, ("each ", "every ")) and has_any(low, _KEYS):
        for m in _METHOD.finditer(text):
            if not _NEGATION.search(text, max(0, m.start() - 12), m.start() + 4) and " not " not in m.group():
                found = True
                break
    if memo is not None:
        memo[_MEMO_KEY] = found
    return found
