"""What money asked for is called: "appeal" ("The UN has appealed for $71 million"; "its emergency appeal, $34 million").

Money a relief agency asks for is counted as the appeal it makes, named as the text names it: "the regional appeal
... asked for $160 million" (regional appeal), "Emergency appeal: $207 million" (emergency appeal), "UNHCR asked
donors for $4.5 million" (appeal: the verb of asking, with no noun). Money given or pledged against an appeal
named in the sentence before takes its name too: "The UN has appealed for $71 million. So far donors have pledged
$16 million of it" (appeal). Money needed ("needs $38 million") or given with no appeal named keeps what it pays
for (extract/money.py). The appeal's modifiers are those of [cues] appeal_kinds of assets/lexicons/claims.toml.

extract/money.py asks `appeal_subject` for a sum of money it has found to be funding.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.triggers import lexicon

_ASKED = re.compile(r"\b(?:appeal(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?for\s+(?:an?\s+(?:initial|further|"
                    r"additional|extra|new|first)\s+|another\s+|a\s+further\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|"
                    r"almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?\Z", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:pledged|given|gave|received|donated|contributed|raised|provided|funded|paid)\b", re.IGNORECASE)
_APPEAL_WORDS = ("appeal", "Appeal", "APPEAL", "ask", "Ask")


def appeal_subject(ctx: SentenceContext, q: Quantity) -> str | None:
    """"appeal", or the appeal as named ("emergency appeal"), for money asked for by an appeal or given against
    the appeal of the sentence before; None otherwise."""
    sentence = ctx.sentence
    if any(w in sentence for w in _APPEAL_WORDS):
        named = _named_appeal(sentence)
        if named is not None:
            return named
        if _ASKED.search(ctx.text, max(ctx.start, q.char_start - 60), q.char_start):
            return "appeal"  # "has asked donors for $4.5 million", "had asked for an initial $9 million"
        return None
    before = ctx.neighbour(-1)
    if any(w in before for w in _APPEAL_WORDS) and _GIVEN.search(sentence):
        named = _named_appeal(before)
        if named is not None:
            return named
        dollar = before.rfind("$")  # "The UN has appealed for $71 million. So far donors have pledged $16 million"
        if dollar > 0 and _ASKED.search(before, 0, dollar):
            return "appeal"
    return None


def _named_appeal(text: str) -> str | None:
    """The appeal named as a noun in `text` ("emergency appeal", "regional appeal", "appeal"), lower case."""
    m = lexicon().cues["appeal_kinds"].search(text)
    return " ".join(m.group(0).lower().split()) if m else None
