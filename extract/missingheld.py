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

# A place where the missing were lost, right after "missing": "missing in the reeds", "missing at sea".
_LOST_AT = re.compile(r"\s+(?:in|at|under|beneath|inside|on|near|off|along|around|among)\b", re.IGNORECASE)


def missing_held(ctx: SentenceContext, missing: re.Match[str]) -> bool:
    """Whether the "… missing" clause matched by `missing` (it ends at the word "missing" or "unaccounted") counts
    people taken or disappeared: the word is "missing" and no place where they were lost follows it."""
    text = ctx.text
    if not text[missing.end() - 7 : missing.end()].lower() == "missing":
        return False  # "unaccounted (for)": no more than not found
    return _LOST_AT.match(text, missing.end(), ctx.end) is None
