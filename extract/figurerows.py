"""A row of a table of figures is no heading: "Murder: 19 (14)", "West Wollega: 241 (130)", "Displaced: 4,600".

extract/sections.py reads a short title-case line without a closing full stop as a heading; a label, a colon and
nothing but a figure (maybe with the previous period's figure in brackets) is a row of a table instead, part of
the body like the rows beside it ("Homes burned: 318 (205)", whose lower-case word kept it out of the headings).
extract/tablerows.py reads the row.
A headline that puts a figure after a colon says more than the figure ("Gaza: 40 Killed in Strike") and stays one.
"""

from __future__ import annotations

from extract.tablerows import is_row

__all__ = ["is_figure_row"]


def is_figure_row(line: str) -> bool:
    """Whether the stripped `line` is "Label: N" or "Label: N (M)" and nothing more."""
    return ":" in line and is_row(line)
