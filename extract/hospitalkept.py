"""People "still detained" in hospital: wounded, not captured.

"The hospital had treated 63 people for injuries, and 19 of them were still detained": a hospital detains its
patients (keeps them in), and a part of the people it treated said to be "detained" or "kept in" is the part still
in its care, wounded as the whole is. The part must be told as "N of them/whom" with the verb right after, and a verb
of treatment or intake ("treated", "admitted", "taken to hospital") must stand before the number in its sentence;
"Police arrested 40 people, and 19 of them were still detained" stays captured.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity
from extract.wordset import words_of

# The words one of which the sentence must hold before the patterns are tried.
_CARE_WORDS = frozenset({"treated", "admitted", "hospital", "hospitalised", "hospitalized"})
_KEPT_WORDS = frozenset({"detained", "kept"})
_PART_KEPT = re.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:were|was|are|is|had|have|has|been|remain|remained|remain"
                        r"ing)\s+)*(?:still\s+)?(?:(?:being\s+)?detained|kept\s+in)\b", re.IGNORECASE)
_CARE = re.compile(r"\b(?:treated|admitted|hospitali[sz]ed|(?:taken|brought|rushed)\s+to\s+(?:the\s+)?hospital)\b",
                   re.IGNORECASE)


def kept_in_hospital(ctx: SentenceContext, q: Quantity) -> bool:
    """Whether the number counts the part of people a hospital treated that it still detains ("19 of them were still
    detained" after "had treated 63 people for injuries")."""
    words = words_of(ctx.sentence)
    if _KEPT_WORDS.isdisjoint(words) or _CARE_WORDS.isdisjoint(words):
        return False
    return _PART_KEPT.match(ctx.text, q.char_end, ctx.end) is not None and _CARE.search(
        ctx.text, ctx.start, q.char_start) is not None
