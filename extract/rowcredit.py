"""A row of a list of figures whose label credits its count in brackets: "Houses burned (Public Works Office count):
1,189", "Refugees in camps (UNHCR figures): 25,004".

The label of such a row says what is counted ("Houses burned"); the bracket closing it says whose count it is, as
a credit after the figure does in a fact box ("Refugees since May: 12,400 (UNHCR)", extract/cues.py). Only a
bracket ending in a noun of a count ("count", "figures", "estimate", "tally", "data") right before the colon:
"Cars burned (estimated): 748" names nobody.
"""

from __future__ import annotations

import re

from extract.names import first_named

__all__ = ["row_credit"]

_ROW_CREDIT = re.compile(r"\(\s*(?:according\s+to\s+)?(?P<np>[^()\d:;,\n]{2,50}?)['’]?s?\s+(?:count|counts|figures?|"
                         r"estimates?|tally|data|records)\s*\)\s*:(?=\s*(?:(?:about|some|around|at\s+least|more\s+than|over|"
                         r"nearly)\s+)*\d)")
_COUNT_NOUNS = ("count)", "figures)", "figure)", "estimate)", "estimates)", "tally)", "data)", "records)")


def row_credit(sentence: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the body a row's label credits in brackets before its colon, else None."""
    if "):" not in sentence and ") :" not in sentence:
        return None
    if not any(noun in sentence for noun in _COUNT_NOUNS):
        return None
    m = _ROW_CREDIT.search(sentence)
    if m is None:
        return None
    name = first_named(m.group("np"))
    return (str(name), m.start("np"), m.end()) if name else None
