"""Rows of a pipe table whose first cell names the measure: "Arrests | 2,929 | 3,160 | over 4,000".

Committee reports, briefings and wikis set figures side by side in a table written with pipes, one row per thing
counted and one column per source or period:

    Figure | Army | Monitors
    Deaths | 35 | 52
    Of which children | 5 | 17
    Homes burned | 30 | 28

Every cell that holds only a figure (perhaps a qualifier before it: "over 4,000") is a claim, and the row's label
is its phrase, read as the label of a colon row is (extract/labelrows.py `label_measure`: "Homes burned" is
destroyed homes, "Arrests" captured people). A label opening with "Of which"/"Of whom"/"Including" names a part of
the row above: the part's noun with the whole's measure ("Of which children" under "Deaths": children killed).
A row whose label names no harm ("Population | 30,000"), a cell with words beside its figure ("BICI (to April
2011)") and a line with fewer than two pipes are no such row; neither is any row in a document that names no war.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.labelrows import label_measure, row_label
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.sides import resolve_side
from extract.triggers import measure_for, names_a_war, side_mentions, theatre_side

__all__ = ["pipe_row"]

# What may stand in a cell before its figure: blanks, perhaps a qualifier ("over 4,000", "about 50").
_CELL_BEFORE = re.compile(r"[ \t]*(?:" + qualifier_pattern(r"[ \t]+") + r"[ \t]+)?\Z", re.IGNORECASE)
_CELL_AFTER = re.compile(r"[ \t]*(?:\||\r?\n|\Z)")  # what closes the figure's cell
# A label naming a part of the row above ("Of which security forces", "of whom children", "Including women").
_PART_LABEL = re.compile(r"[ \t]*(?:of[ \t]+(?:which|whom|these|them)|including|incl\.?)[ \t,:]+", re.IGNORECASE)
_MAX_UP = 8  # part rows walked up past to find the whole's row


def pipe_row(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a number alone in a cell of a pipe-table row whose label names the measure
    (module doc), else None."""
    text, k = ctx.text, q.char_start
    bar = text.rfind("|", ctx.start, k)
    if bar < 0 or not _CELL_BEFORE.match(text, bar + 1, k) or not _CELL_AFTER.match(text, q.char_end):
        return None  # (the cheap tests: a pipe before the number in its sentence, nothing else in its cell)
    line_start = text.rfind("\n", 0, k) + 1
    first = text.find("|", line_start, k)
    line_end = text.find("\n", k)
    if text.count("|", line_start, len(text) if line_end < 0 else line_end) < 2 or first <= line_start:
        return None  # one pipe is no table; a row opening with a pipe has no label cell
    if not names_a_war(text):
        return None
    part = _PART_LABEL.match(text, line_start, first)
    measure: str | None
    if part is None:
        read = label_measure(text, line_start, first)
        if read is None:
            return None
        a, cls, subject, group, noun_end, measure = read
    else:
        whole = _whole_above(text, line_start)
        if whole is None:
            return None
        own = row_label(text, part.end(), first)
        if own is None or own[1][0] is None:
            return None
        a, (cls, subject, group, noun_end, _) = own
        measure = measure_for(group, cls) if group else whole
        if measure is None:
            return None
    named = side_mentions(text, a, noun_end) if noun_end > a else []
    if named:  # "Regime soldiers killed | 40 | 52": the side named on the label's noun
        side = theatre_side(text, named[-1].side)
    else:
        side = resolve_side(ctx, q, measure, cls, subject or None, "right" if group else "", np_end=q.char_end)
    return measure, subject or "people", side


def _whole_above(text: str, line_start: int) -> str | None:
    """The measure of the nearest pipe row above `line_start` that is no part row ("Deaths | 35 | 52" above "Of
    which children | 5 | 17"), else None."""
    end = line_start - 1
    for _ in range(_MAX_UP):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        first = text.find("|", start, end)
        if first <= start:
            return None  # a line with no label cell: the table ends above
        if not _PART_LABEL.match(text, start, first):
            read = label_measure(text, start, first)
            return read[5] if read is not None else None
        end = start - 1
    return None
