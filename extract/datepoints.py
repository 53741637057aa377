"""A row of a table of figures ("Murder: 19 (14)", "Homes burned: 318 (205)") is dated by the heading of its table
when that names its period ("INCIDENTS BY TYPE (this week; previous week in brackets)"): the figure in brackets by
the period said to be "in brackets", the other by the heading's other date (for extract/dates.py). A heading of
standing totals "as of" a day ("KEY FIGURES (as of 6 April; previous week in brackets)") dates no row: a stock,
not the events of a period; nor does a heading's period end alone in brackets ("WHERE YOUR GIFTS WENT (to 15
January)": totals up to that day). The row and its heading are read by extract/tablerows.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from extract.tablerows import heading_above, read_row


_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|at\s+the\s+end\s+of)\s"
                    # a period's end alone in brackets: "WHERE YOUR GIFTS WENT (to 15 January)" (not "(3 to 9 May)")
                    r"|\(\s*(?:to|until|up\s+to|through)\s+(?=\d|(?-i:[A-Z]))", re.IGNORECASE)
_BRACKETED = re.compile(r"\s+in\s+(?:brackets|parenthes[ie]s)\b", re.IGNORECASE)


def row_date(text: str, start: int, end: int, number_start: int, pub: date | None,
             hits_of: Callable[[str, date | None], tuple[Any, ...]]) -> tuple[bool, Any]:
    """(True, the date) for a number of a table's row whose heading names a date (module doc); else (False, None).
    `hits_of` is extract/dates.py's _hits. Cheap tests first: a colon in the sentence, a new line before it."""
    if text.find(":", start, end) < 0 or (start > 0 and text[start - 1] != "\n"):
        return False, None
    if read_row(text, start, end) is None:
        return False, None
    span = heading_above(text, start)
    if span is None:
        return False, None
    heading = text[span[0] : span[1]]
    if _AS_OF.search(heading):
        return True, None  # "KEY FIGURES (as of 6 April; ...)": standing totals at a day, no event's date
    hits = [h for h in hits_of(heading, pub) if h.kind not in ("report", "dateline", "plan")]
    if not hits:
        return False, None
    bracketed = [h for h in hits if _BRACKETED.match(heading, h.end)]
    plain = [h for h in hits if h not in bracketed]
    in_brackets = text.rfind("(", start, number_start) > text.rfind(")", start, number_start)
    chosen = (bracketed or plain) if in_brackets else (plain or bracketed)
    return True, chosen[0].date

