"""An imprint line names where a text was issued, not where anything happened.

A line of its own made of a few comma-separated names ending with the date (and perhaps the hour) of issue:
"Ljubljana, 1 July 1991, 08:00", "Balkan Monitoring Desk, Pristina, 10 May 2001", "Senate, Official Hansard,
Thursday, 20 October 1994", "Eastern Islands Review, Makassar, July 7, 2000". Its town is the issuer's seat,
as a dateline's is (extract/placementions.py leaves both out of the document's places): a count told below it
without a place of its own does not borrow it. A sentence that ends with a date ("Fighting resumed in Goma,
3 May 2001.") ends with a full stop, and is no imprint. A press release's dateline in mixed case is one too: the
same names and date at a line's start, then a dash and the lead ("Juba/Abyei, 10 February 2022 - The group has
documented ..."); its span ends at the dash.
"""

from __future__ import annotations

import re

from extract.cuescan import has_any

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = r"(?:\d{1,2}\s+" + _MONTH + r",?\s+(?:19|20)\d\d|" + _MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d\d)"
# After a newline (the text gets one put before it): two to five comma-separated parts, each opening with a
# capital or a digit and holding no sentence mark, the last a date, then perhaps an hour, then the line's end.
# The runs are possessive ("*+", "{0,60}+"): what follows each is a character the run cannot hold (a capital or a
# digit after blanks, a comma after a part), so giving characters back could never let the match go on; without
# giving back, a line of prose costs one pass instead of one try per character of its first words.
_IMPRINT_NL = re.compile(r"\n[ \t]*+[A-Z][^\n.;:!?,]{0,60}+(?:,[ \t]*+[A-Z0-9][^\n.;:!?,]{0,60}+){0,3},[ \t]*" + _DATE
                         + r"(?:,?[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*(?:GMT|UTC|CET|local\s+time))?)?[ \t]*(?=\n|\Z)")
# A press release's dateline: a line's first words, one to three comma-separated names of capitalised words ("Juba/Abyei",
# "Goma, North Kivu"), the date, then a dash and the lead.
_NAME = r"[A-Z][\w'’.]*+(?:[ /-][A-Z][\w'’.]*+){0,3}"
_DASHES = ("- ", "– ", "— ", "-\t", "–\t", "—\t")  # what every match of _PRESS_NL holds: its dash, a blank after
_PRESS_NL = re.compile(r"\n[ \t]*+" + _NAME + r"(?:,[ \t]*+" + _NAME + r"){0,2},[ \t]*" + _DATE + r"[ \t]*[—–-](?=[ \t])")


def imprint_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the imprint lines of `text`. A cheap test first: a line needs a month's name and a year."""
    if not any(m in text for m in ("19", "20")):
        return []
    padded = "\n" + text  # a match from index i (its newline) to j is the span (i, j - 1) of `text`
    spans = [(m.start(), m.end() - 1) for m in _IMPRINT_NL.finditer(padded)]
    if has_any(text, _DASHES):  # (a press dateline's dash and the blank after it, before its search)
        spans += [(m.start(), m.end() - 1) for m in _PRESS_NL.finditer(padded)]
    return spans
