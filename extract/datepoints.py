"""A row of a table of figures ("Murder: 19 (14)", "Homes burned: 318 (205)") is dated by the heading of its table
when that names its period ("INCIDENTS BY TYPE (this week; previous week in brackets)"): the figure in brackets by
the period said to be "in brackets", the other by the heading's other date (for extract/dates.py). A heading of
standing totals "as of" a day ("KEY FIGURES (as of 6 April; previous week in brackets)") dates no row: a stock,
not the events of a period.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable


# A row: a label, a colon, a figure and perhaps another in brackets, alone on its line.
# (The label ends in no digit: "at 6:40" is a clock time, not a row.)
_FIGURE = r"[$€£]?\d[\d,]*(?:\.\d+)?"
_ROW = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?[^\n:.;!?]{1,59}[^\d\s:.;!?]:[ \t]*" + _FIGURE
                  + r"(?:[ \t]*\(" + _FIGURE + r"\))?[ \t]*\n?")
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|at\s+the\s+end\s+of)\s", re.IGNORECASE)
_BRACKETED = re.compile(r"\s+in\s+(?:brackets|parenthes[ie]s)\b", re.IGNORECASE)


def row_date(text: str, start: int, end: int, number_start: int, pub: date | None,
             hits_of: Callable[[str, date | None], tuple[Any, ...]]) -> tuple[bool, Any]:
    """(True, the date) for a number of a table's row whose heading names a date (module doc); else (False, None).
    `hits_of` is extract/dates.py's _hits. Cheap tests first: a colon in the sentence, a new line before it."""
    if text.find(":", start, end) < 0 or (start > 0 and text[start - 1] != "\n"):
        return False, None
    if _ROW.fullmatch(text, start, end) is None:
        return False, None
    heading = _heading_above(text, start)
    if heading is None:
        return False, None
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


def _heading_above(text: str, start: int) -> str | None:
    """The heading line of the table whose row begins at `start`: past the rows above it and one blank line, a
    line that is no row and ends with no full stop; None when there is none."""
    pos = start
    blank = False
    for _ in range(40):
        if pos <= 0:
            return None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        pos = prev
        if not line.strip():
            if blank:
                return None
            blank = True
            continue
        if _ROW.fullmatch(line + "\n"):
            if blank:
                return None  # another table above a blank line
            continue
        return None if line.rstrip().endswith((".", "!", "?")) else line
    return None
