"""Rows of a table of figures, read one way for every rule: "Murder: 19 (14)", "West Wollega: 241 (130)",
"Persons displaced: about 4,100", "Share destroyed: 12%", "Killed: 27, says APRODH".

A row is a line of its own: perhaps a bullet, a label, a colon, a figure (perhaps a qualifier before it, a currency
sign, "million"/"billion"/"%" after it), perhaps a figure or a part in brackets after it ("(130)", "(of whom 3,480
children)"), perhaps the source that gives it (", says APRODH"), and the end of the line. The label ends in no
digit ("at 6:40" is a clock time, not a row) and holds no colon, no ";", "!" or "?".

The rules that read rows (extract/headrows.py, datepoints.py, figurerows.py, placescope.py, labelrows.py) all ask
this module; those that need a narrower row say so by a named option of `read_row` (`name_label`, `counts_only`),
not by a pattern of their own. extract/labelrows.py reads its row in place from the number on (ROW_END: what may
close a row after its figure, including "; " or " | " before the next row on the same line).

`heading_above` finds the heading of the table a row belongs to: past the rows above it and one blank line; a row
above a blank line belongs to another table, and its rows have no heading here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.qualifierwords import qualifier_pattern

__all__ = ["ROW_END", "heading_above", "is_figure_pipe_row", "is_pipe_row", "is_row", "line_above_run", "read_row"]

# What may follow a row's figure: a figure or part in brackets ("(130)", "(of whom 3,480 children)"), and the
# source that gives it ("Killed: 27, says APRODH").
_TAIL = (r"[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*"
         r"(?:,[ \t]*(?:says|said|according[ \t]+to)\b[^\n;|]{0,80})?")
_LINE_END = r"\.?[ \t]*(?:\r?\n|\Z)"
# A whole row on its line (module doc). The label's last character is no digit, space, stop or colon.
_ROW = re.compile(r"[ \t]*(?:[-*•·▪–]+[ \t]*)?"
                  r"(?P<label>[^\n:;!?]{0,88}[^\d\s:;!?.])[ \t]*:[ \t]*"
                  r"(?:" + qualifier_pattern(r"[ \t]+") + r"[ \t]+)?"
                  r"(?P<money>[$€£])?\d[\d,.]*(?:[ \t]*(?P<unit>million|billion|%))?"
                  + _TAIL + _LINE_END, re.IGNORECASE)
# What must follow a row's colon (a necessary part of _ROW, matched alone as read_row's cheap test): blanks, then a
# qualifier, a currency sign or a digit ("Killed: about 40", "Cost: $4m"; not "BREAKING: #Damascus ...").
_FIGURE_START = re.compile(r"[ \t]*(?:[$€£]|\d|" + qualifier_pattern(r"[ \t]+") + ")", re.IGNORECASE)
# What closes a row after its figure, read from the figure's end (extract/labelrows.py): the tail, then the end of
# the line or another row on the same line ("Killed: 12; wounded: 40", "Killed: 12 | Wounded: 40").
ROW_END = re.compile(_TAIL + r"(?:[;|]|" + _LINE_END + ")")
# A short name as a row's label ("West Wollega", "Kunduz", "Civilians"): a capital first, at most five words.
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}")
_HEADING_MAX = 120  # a longer line is a paragraph, no heading
_MAX_ROWS = 40  # a table longer than this is read no further up (a bound on the walk)


def read_row(text: str, start: int = 0, end: int | None = None, *, name_label: bool = False,
             counts_only: bool = False) -> re.Match[str] | None:
    """The match of text[start:end] as a whole row (module doc), else None; group "label" is its label.

    Options, for the rules that read a narrower row:
    - `name_label`: the label is a short name, a capital first and at most five words (extract/headrows.py: a row
      labelled by a place or a group, whose measure its table's heading names);
    - `counts_only`: the figure is a count, no sum of money and no share or "million" (extract/headrows.py: a
      heading of deaths over "Kunduz: 12%" gives no count of deaths)."""
    end = len(text) if end is None else end
    colon = text.find(":", start, end)  # (the row's colon is the first: no part before it holds one)
    if colon < 0 or _FIGURE_START.match(text, colon + 1, end) is None:
        return None
    if text.find("\n", start, end - 1) >= 0:
        return None  # a row ends at its line's end: no part of it holds a newline but the last
    m = _ROW.match(text, start, end)
    if m is None or m.end() != end:
        return None
    if name_label and _NAME.fullmatch(m.group("label")) is None:
        return None
    if counts_only and (m.group("money") or m.group("unit")):
        return None
    return m


def is_row(line: str) -> bool:
    """Whether `line` is a row of a table of figures and nothing more (read_row with no option)."""
    return read_row(line) is not None


def heading_above(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of the heading line of the table whose row begins at `line_start`: past the rows above it and
    one blank line, a line that is no row, at most _HEADING_MAX characters, and ends with no full stop. None when
    there is none: a second blank line, or a row above a blank line (another table: "Civilians killed: 40" over a
    blank line and "Kunduz: 12" is no heading of Kunduz's row)."""
    span = line_above_run(text, line_start, lambda start, line: is_row(line), blanks=1, limit=_MAX_ROWS)
    if span is None:
        return None
    line = text[span[0] : span[1]]
    if len(line) > _HEADING_MAX or line.rstrip().endswith((".", "!", "?")):
        return None
    return span


def line_above_run(text: str, line_start: int, member: Callable[[int, str], bool], *, blanks: int = 0,
                   limit: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the first line above the run of lines that holds the line starting at `line_start`, the run's
    lines being those `member(start, line)` accepts (a table's rows, a list's bullets): the run's heading. Up to
    `blanks` blank lines may stand between, but no line of the run above one. None when the text begins first, a
    blank line more stands between, or `limit` lines (blank ones too) were walked. (Shared by tables and the
    place headings of bullets, extract/placeheads.py.)"""
    end = line_start - 1  # the newline ending the line above
    blank = 0
    walked = 0
    while limit is None or walked < limit:
        walked += 1
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            if blank >= blanks:
                return None
            blank += 1
            continue
        if member(start, line):
            if blank:
                return None  # another run above a blank line
            continue
        return start, start + len(line)
    return None


def is_pipe_row(line: str) -> bool:
    """Whether a line is a row of a pipe table: two cells or more ("Deaths | 35 | 52", extract/pipecolumns.py)."""
    return line.count("|") >= 2


# A cell holding a figure alone: "35", "2,929", "over 4,000", "12%".
_FIGURE_CELL = re.compile(r"\s*(?:" + qualifier_pattern(r"\s+") + r"\s+)?[$€£]?\d[\d,.]*%?\s*", re.IGNORECASE)


def is_figure_pipe_row(line: str) -> bool:
    """Whether a line is a pipe table's row of figures: a label, then cells of which one holds a figure alone
    ("Deaths | 35 | 52 | 98"; not a running order's "02 | LEAD: PANAMA | 2:40 | LIVE from …")."""
    return is_pipe_row(line) and any(_FIGURE_CELL.fullmatch(c) for c in line.strip().strip("|").split("|")[1:])
