"""People said to be missing after a war's violence, counted as captured (held or disappeared by a side).

The annotators' convention (tests/data/heldout): a count of people who "are missing", "remain missing", "were
listed as missing" - from a war, after an attack, with no place where they were lost - counts people taken or
disappeared, and is `captured` ("The ministry says 56 of its fighters have been killed, and 14 are missing",
"62 people remain missing from the war", "A further 89 people remain missing; their families have had no news").
People missing somewhere ("dozens were still missing in the reeds", "missing at sea", "missing under the rubble")
are lost there, most likely dead, and no claim; so is anyone "unaccounted for", and "missing and feared dead"
(killed) is read by extract/classify.py before this. Disasters and peacetime are screened out before.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity

MISSING_AFTER = re.compile(r"(?:\s*,[^,;.]{3,40},)?\s+(?:(?:from|in|of|at)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:were|was|are|is|remain|"
                            r"remained|have\s+been|had\s+been)\s+)?(?:as\s+)?(?:still\s+)?(?:(?:listed|reported|declared|registered)\s+"
                            r"(?:as\s+)?)?(?:missing|unaccounted)\b", re.IGNORECASE)  # ("19 were listed as missing": missing, not
# the wounded of the clause before; "lists 261 people, nine of them women, as still missing": an aside, then "as")
MISSING_KEYS = frozenset({"missing", "unaccounted"})  # every match of MISSING_AFTER ends with one, a whole word
_FEARED_DEAD = re.compile(r"(?:\s+for)?\s*(?:,|and|or)\s*(?:(?:are|were|is|was|all|now)\s+)*(?:feared|presumed|believed)\s+"
                          r"(?:to\s+be\s+|to\s+have\s+)?(?:dead|killed|drowned|died)\b", re.IGNORECASE)

# A place where the missing were lost, right after "missing": "missing in the reeds", "missing at sea".
_LOST_AT = re.compile(r"\s+(?:in|at|under|beneath|inside|on|near|off|along|around|among)\b", re.IGNORECASE)


def missing_held(ctx: SentenceContext, missing: re.Match[str]) -> bool:
    """Whether the "… missing" clause matched by `missing` (it ends at the word "missing" or "unaccounted") counts
    people taken or disappeared: the word is "missing" and no place where they were lost follows it."""
    text = ctx.text
    if not text[missing.end() - 7 : missing.end()].lower() == "missing":
        return False  # "unaccounted (for)": no more than not found
    return _LOST_AT.match(text, missing.end(), ctx.end) is None


def missing_read(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Read "… missing" after a number no verb acts on (extract/classify.py asks): "12 are missing and feared dead"
    sets the phrase's verb to killing, "14 are missing" (held, `missing_held`) to holding; True when the number is
    no claim ("dozens were still missing in the reeds", "17 were unaccounted for": neither dead nor taken)."""
    text, end = ctx.text, ctx.end
    missing = MISSING_AFTER.match(text, max(ph.np_end, q.char_end), end)
    if missing is None:
        return False
    if _FEARED_DEAD.match(text, missing.end(), end):
        ph.verb, ph.verb_side, ph.verb_start = "kill", "right", missing.end()  # "12 are missing and feared dead"
        return False
    if text.startswith(" of those ", q.char_end):  # ("46 of those abducted are still missing")
        return False
    if missing_held(ctx, missing):
        ph.verb, ph.verb_side, ph.verb_start = "hold", "right", missing.end() - 7  # "14 are missing"
        return False
    return True
