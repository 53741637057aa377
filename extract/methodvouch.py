"""A report's own method vouching for every count it gives: "Each incident is confirmed by two monitors before it
is included.", "Every death in this report has been verified against hospital records." Such a sentence, anywhere
in the document (a METHODOLOGY note usually closes it), makes the figures the report gives in its own voice
`confirmed` (GUIDELINES.md: "confirmed when the text says the count was verified, confirmed or documented"), not only
those after it (extract/aheadstance.py `vouched_before`). A method that only counts ("a fatality is counted only if two
sources agree"), doubts ("not every case could be verified", "It is unclear whether each death was verified", "Each
case is checked where possible, but many could not be confirmed") or supposes ("if each case is confirmed") vouches for
nothing, and neither does a count confirmed by itself ("All 12 deaths were confirmed by the hospital": "each"/"every"
states a rule, "all N" a fact).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.cuescan import has_any
from extract.stance import doubt_reach
from extract.wordset import folded

__all__ = ["method_vouched"]

_UNITS = (r"(?:incidents?|cases?|killings?|deaths?|events?|figures?|counts?|reports?|entries|entry|records?|"
          r"fatalit(?:y|ies)|casualt(?:y|ies)|victims?|attacks?|violations?)")
_METHOD = re.compile(
    r"\b(?:each|every)\s+(?:(?:of\s+the\s+)?[A-Za-z-]+\s+){0,2}?" + _UNITS + r"\b[^.;]{0,40}?\b"
    r"(?:is|are|was|were|has\s+been|have\s+been|must\s+be)\s+(?:(?:independently|first|then|also|separately)\s+)?"
    r"(?:confirmed|verified|corroborated|cross-checked|double-checked)\b", re.I)
_NEGATION = re.compile(r"\bnot\s+(?:each|every)\b|\b(?:not|never|cannot)\b[^.;]{0,30}$", re.I)  # "never is each …"
# A method doubted or supposed, in the clause before the match: "It is unclear whether each …", "It could not be
# established that every …", "if each case is confirmed …" ("We do not name them until each …" still vouches).
_HEDGED = re.compile(r"\b(?:whether|if|unless|unclear|uncertain|unknown|doubt\w*|(?:could|can)\s*not\s+be|cannot\s+be|"
                     r"not\s+(?:known|clear|certain))\b[^.;:,]{0,30}$", re.I)
_HEDGE_REACH = 40  # characters before the match searched for _HEDGED
_KEYS = ("confirmed", "verified", "corroborated", "checked")


@per_document
def method_vouched(ctx: SentenceContext) -> bool:
    """Whether a sentence of the document says every count of the report is confirmed (worked out once per
    document, in its memo; a document without "each"/"every" and a word of confirming is not read)."""
    text = ctx.text
    low = folded(text)
    found = False
    if has_any(low, ("each ", "every ")) and has_any(low, _KEYS):
        for m in _METHOD.finditer(text):
            if not _NEGATION.search(text, max(0, m.start() - 12), m.start() + 4) and " not " not in m.group() \
                    and not _HEDGED.search(text, max(0, m.start() - _HEDGE_REACH), m.start()) \
                    and doubt_reach(_sentence_around(text, m.start(), m.end())) < 0:
                found = True
                break
    return found


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (to the full stops around it) holding text[start:end]: a method whose own sentence doubts
    ("…, but many could not be confirmed", extract/stance.py) vouches for nothing."""
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b = text.find(".", end)
    return text[a : b if b >= 0 else len(text)]
