"""A count whose noun is given by a partitive opening its sentence: "Of the 900 homes in the valley, about 600 were
burned" (extract/classify.py).

A sentence may open with the whole ("Of the 4,000 houses that stood in the old quarter, ...", "Of the villages
along the river, ...") and give the count of a part with no noun of its own after a comma ("..., about 600 were
burned or blown up"). The part counts what the whole is made of: the first noun of the lexicon after "Of the"
(a number of the whole and up to two words of its own may stand before it: "Of the 900 stone homes"). The whole's
own number is no count of harm (extract/nonclaims.py reads "the whole of a part"); the words after the whole's noun
("in the valley", "that stood in X, Y and Z") may hold commas, so the part is the number right after the LAST comma
before it (a qualifier between); a passive verb after the part ("were burned") is what befell it.
extract/partbefore.py reads the short form ("Of the civilians, 19 ...").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.triggers import lexicon, norm

_OPENING = re.compile(r"(?:Of|Among)\s+(?:the|these|those|its|their)\s+(?:[\d,.]+\s+)?((?:[\w'-]+\s+){0,2}?)(?=\w)")
_AFTER_COMMA = re.compile(r",\s*(?:" + qualifier_pattern() + r"\s+)?\Z", re.IGNORECASE)
_PASSIVE = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|later|all|since|also)\s+){1,3}")
_MAX_REACH = 160  # characters from the sentence's start to the number


def whole_before(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Set the phrase's class and subject from the whole a sentence opens with; whether it did.

    The caller asks only for a number with no noun read, in a sentence opening "Of "/"Among "."""
    text, start, k = ctx.text, ctx.start, q.char_start
    if k - start > _MAX_REACH or _AFTER_COMMA.search(text, max(start, k - 24), k) is None:
        return False
    m = _OPENING.match(text, start, k)
    if m is None:
        return False
    lex = lexicon()
    noun = lex.noun_re.match(text, m.end(), k)
    if noun is None:
        return False
    got = lex.noun_class.get(norm(noun.group(0)))
    if got is None or got[0] == "out" or text.find(",", noun.end(), k) < 0:
        return False
    ph.cls, ph.subject = got
    ph.np_end = max(ph.np_end, q.char_end)
    if ph.verb is None:  # the verb a bare number's reading leaves to its noun: "..., about 600 were burned"
        aux = _PASSIVE.match(text, q.char_end, ctx.end)
        verb = lex.verb_re.match(text, aux.end(), ctx.end) if aux else None
        group = lex.verb_group.get(norm(verb.group(0))) if verb else None
        if group is not None and verb is not None:
            ph.verb, ph.verb_side, ph.verb_start = group, "right", verb.start()
    return True
