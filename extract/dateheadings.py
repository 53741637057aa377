"""A day alone on the first line of a paragraph heads the entries under it: a log's or a diary's day heading.

"30 May\n1630 Sailed from the rendezvous ...\n2310 Two Israeli Navy corvettes on radar ...": the entries of the
paragraph under the heading are of that day, not of the title's last day ("Deck log, 30 May to 1 June 2010") nor of
the published day. Only a sentence without a date expression of its own asks (extract/dates.py _undated_sentence);
a total ("In all, ...", "over the whole war") takes no day from it (extract/dateopeners.py a_total). Cheap tests
first: the paragraph's first line is short and opens with a digit or a capital; then its date expressions.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from extract.dateopeners import a_total

_HEADING_MAX = 30  # characters of a day heading's line ("Monday 31 May 2010")
_DAY_KINDS = ("explicit", "weekday")
_WEEKDAYS = frozenset(("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def heading_day(text: str, start: int, sentence: str, hits_of: Callable[[str], Sequence[Any]]) -> Any:
    """The date of the day heading the paragraph of the sentence at `start` (module doc), or None. `hits_of` gives
    a line's date expressions (extract/dates.py _hits with the published date)."""
    para = text.rfind("\n\n", 0, start)
    para = para + 2 if para >= 0 else 0
    line_end = text.find("\n", para, start)
    if line_end < 0 or line_end - para > _HEADING_MAX:
        return None  # the sentence is on the paragraph's first line, or that line is no short heading
    head = text[para:line_end].strip()
    if not head or not (head[0].isdigit() or head[0].isupper()):
        return None
    hits = hits_of(head)
    if len(hits) != 1 or hits[0].kind not in _DAY_KINDS or hits[0].date is None or head[: hits[0].start].strip(" ,") not in _WEEKDAYS \
            or head[hits[0].end :].strip(" .,:") or hits[0].date.precision != "day":
        return None  # the line is more than a day ("30 May: the convoy sails" is an entry, read elsewhere)
    if a_total(sentence):
        return None
    return hits[0].date
