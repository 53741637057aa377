"""A row of a list of figures whose label credits its count after a comma: "Wells poisoned, police records: 212",
"Schools shut since March, ministry figures: about 1,400".

The brackets' form ("Houses burned (Public Works Office count): 1,189") is extract/rowcredit.py's; this is the same
credit set off by a comma: the words between the label's last comma and the colon name whose records, figures,
count or estimate the row gives (GUIDELINES.md: who makes the claim, as named). Only a line that is a row (the
colon followed by the figure) and only a credit ending in a count noun right before the colon: "Cars burned, in
total: 748" names nobody. extract/cues.py asks it with row_credit.
"""

from __future__ import annotations

import re

from extract.names import first_named

__all__ = ["comma_credit"]

_COMMA_CREDIT = re.compile(
    r",\s+(?:according\s+to\s+)?(?P<np>(?:the\s+)?[^()\d:;,\n]{2,40}?)['’]?s?\s+(?:count|counts|figures?|estimates?|"
    r"tally|data|records|register)\s*:(?=\s*(?:(?:about|some|around|at\s+least|more\s+than|over|nearly|roughly|"
    r"approximately)\s+)*\d)")
_COUNT_NOUNS = ("count:", "counts:", "figures:", "figure:", "estimate:", "estimates:", "tally:", "data:", "records:",
                "register:")


def comma_credit(sentence: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the body a row's label credits after its last comma before the colon, else None."""
    if ":" not in sentence or "," not in sentence or not any(noun in sentence for noun in _COUNT_NOUNS):
        return None
    m = _COMMA_CREDIT.search(sentence)
    if m is None:
        return None
    name = first_named(m.group("np"))
    return (str(name), m.start("np"), m.end()) if name else None
