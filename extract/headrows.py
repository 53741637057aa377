"""Rows of a table whose heading names what is counted: "FATALITIES BY ZONE" over "West Wollega: 241 (130)".

A report's table often gives the measure once, in its heading, and labels each row by a place, a month or a
group: "Deaths by province" / "Kandahar: 40" / "Helmand: 31". The row's own label then holds no noun of the
lexicon, so extract/labelrows.py reads nothing in it; the heading is the row's phrase. A number is such a row's
value when

- it ends its line (a bracketed figure for another period may follow: "241 (130)"), after "Label:" where the
  label is a short name (a capital first, at most five words, no noun or verb of the lexicon), or names people
  and nothing that befell them ("Civilians: 40", "Soldiers: 12": the heading's harm befell them, when it is
  one done to people);
- the lines above it up to the heading are rows (a blank line may stand before the heading; a row above a blank
  line is another table's, and the rows under it have no heading: extract/tablerows.py `heading_above`);
- the heading (cut at a bracket: "(July-September; previous quarter in brackets)") is a label of the lexicon
  (extract/labelrows.py `row_label`: a noun, or a verb of harm, giving a measure) and the document speaks of a
  war. "POPULATION BY DISTRICT", "MONITORS BY PROVINCE" or "Polling stations" give no measure: no claim.

extract/classify.py asks `heading_row` before `label_row` (a colon stands before the number); a label with a
verb or a noun of its own measure ("Homes burned: 318", "Deaths: 40") is left to extract/labelrows.py. The figure
in brackets after a row's value is read as the row's (extract/classify.py's rules of parts and restatements).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.labelrows import label_measure, row_label
from extract.records import Quantity
from extract.sides import resolve_side
from extract.tablerows import heading_above, read_row
from extract.triggers import names_a_war, side_mentions, theatre_side

_HEAD_CUT = re.compile(r"[(\[]")
# Labels of people whose row says nothing of what befell them ("Civilians: 40"): the heading says it.
# ("Population: 2 million" in a box of facts is no count of people harmed, whatever the heading.)
_PEOPLE_LABELS = frozenset({"civilian", "people", "fighter", "peacekeeper", "demonym", "medical", "third_party"})
_PEOPLE_MEASURES = frozenset({"killed", "wounded", "captured", "displaced"})
_UNIDENTIFIED = frozenset({None, "people", "toll", "injury"})  # people the heading names by no side or kind


def heading_row(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a number that is the value of a row of a table whose heading names the
    measure, else None."""
    text = ctx.text
    if ":" not in text[max(ctx.start, q.char_start - 24) : q.char_start]:
        return None  # (the cheap test: most numbers follow no colon)
    line_start = text.rfind("\n", 0, q.char_start) + 1
    line_end = text.find("\n", q.char_end)
    line_end = len(text) if line_end < 0 else line_end
    row = read_row(text, line_start, line_end, name_label=True, counts_only=True)
    if row is None:
        return None
    own = row_label(text, line_start, row.end("label"))
    if own is not None and (own[1][2] is not None or own[1][0] not in _PEOPLE_LABELS):
        return None  # a label that names what befell, or a thing or toll of its own (extract/labelrows.py reads it)
    head = heading_above(text, line_start)
    if head is None or not names_a_war(text):
        return None
    a, b = head
    cut = _HEAD_CUT.search(text, a, b)
    read = label_measure(text, a, cut.start() if cut else b)  # (None for "HOSTAGES FREED BY MONTH")
    if read is None:
        return None
    a, cls, subject, group, noun_end, measure = read
    if own is not None:  # "DEATHS BY GROUP" over "Soldiers: 12": the label says who, the heading what befell them
        return _people_row(ctx, q, own, measure)
    named = side_mentions(text, a, noun_end) if noun_end > a else []
    if named:  # "REGIME SOLDIERS KILLED BY PROVINCE"
        side = theatre_side(text, named[-1].side)
    elif cls in _UNIDENTIFIED:
        side = "unknown"  # "FATALITIES BY ZONE": a table's totals mix whoever died there
    else:
        side = resolve_side(ctx, q, measure, cls, subject or None, "right" if group else "", np_end=q.char_end)
    return measure, subject or "people", side


def _people_row(ctx: SentenceContext, q: Quantity, own, measure: str) -> tuple[str, str, str] | None:
    """(measure, subject, side) of a row labelled by people ("Civilians: 40") under a heading of harm done to
    people; None under a heading of things ("HOMES BURNED": no people were burned)."""
    if measure not in _PEOPLE_MEASURES:
        return None
    a, (cls, subject, _, noun_end, _) = own
    named = side_mentions(ctx.text, a, noun_end) if noun_end > a else []
    if named:  # "Regime soldiers: 12"
        return measure, subject, theatre_side(ctx.text, named[-1].side)
    return measure, subject, resolve_side(ctx, q, measure, cls, subject, "right", np_end=q.char_end)

