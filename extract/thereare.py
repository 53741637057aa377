"""A count of a group the sentence before names, said as "There are N of those": '"We write down the ones who are
missing too," he says. "There are 900 of those."', "Many were wounded. There were 300 of them."

The number has no noun nor verb of its own; "of those/them/these" closes the sentence after it, and "There are/were"
opens the clause before it. What befell the group is what the sentence before tells with no number of its own: people
"who are missing" or "the missing" after a war's violence are captured (extract/missingheld.py: not those missing
somewhere, "in the reeds"), else the last verb of harm of the lexicon (killed, wounded, captured, displaced). Nothing
where that sentence holds a number (a part of that count is extract/partof.py's) or tells no harm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.context import SentenceContext
from extract.missingheld import missing_held
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.sides import resolve_side
from extract.triggers import lexicon, measure_for, norm

GATE = frozenset({"there"})  # a word of the sentence `there_are_of_those` needs
_THERE_ARE = re.compile(r"\b[Tt]here\s+(?:are|were)\s+(?:(?:now|still|already|only|just)\s+)?(?:"
                        + qualifier_pattern() + r"\s+)?\Z")
_OF_THOSE = re.compile(r"\s+of\s+(?:those|them|these)\s*[.!]?\s*[\"”’]?\s*\Z", re.IGNORECASE)
_THE_MISSING = re.compile(r"\b(?:who\s+(?:are|were|remain|remained)\s+(?:still\s+)?|the\s+)missing\b", re.IGNORECASE)
_HARM_GROUPS = frozenset({"kill", "wound", "capture", "displace"})


def there_are_of_those(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """(measure, subject, side) of "There are N of those" counting the group the sentence before names, else None."""
    text, k = ctx.text, q.char_start
    if ctx.index == 0 or not _OF_THOSE.match(text, q.char_end, ctx.end) or not _THERE_ARE.search(
            text, max(ctx.start, k - 40), k):
        return None
    prev = replace(ctx, index=ctx.index - 1, memo=None)
    before = prev.sentence
    if any(ch.isdigit() for ch in before):
        return None
    measure = None
    missing = _THE_MISSING.search(text, prev.start, prev.end)
    if missing is not None and missing_held(prev, missing):
        measure = "captured"
    else:
        lex = lexicon()
        for m in lex.verb_re.finditer(before):
            group = lex.verb_group.get(norm(m.group(0)))
            if group in _HARM_GROUPS:
                measure = measure_for(group, "people")
    if measure is None:
        return None
    return measure, "people", resolve_side(ctx, q, measure, None, None, "")
