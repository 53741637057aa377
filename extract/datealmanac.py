"""The dates of an almanac's year-stamped entries ("On this day" / "This week in history" columns).

Such a column is a run of two or more lines opening with a year and a colon or dash ("1707: …", "1983: …",
"2002 - …"), the years differing. The column is published on a day, but an entry tells of its own year: a claim of an
entry that the rest of the date stage dated by the publication ("today", the published day carried on) or by a year
other than the entry's takes the entry's year instead, with the column's day and month when the column or the entry
says it is of this day ("On this day", "Today in history", "Twenty-five years ago today"), else the year alone; "Three
days later" moves that day on. Outside a column of this day, only the stamp's own paragraph is the entry's (a
chronology's closing paragraph after its last "2009 - …" entry is a summary of its own). A date already in the entry's year ("on 26 October 1983") and an undated claim (a
force level "at the time") keep theirs. A timeline of one story ("Sept. 23, 1913 - …") is no such column: its
entries open with a day, not a bare year, and date their claims themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from extract.context import SentenceContext
from extract.datelater import days_later, shifted
from extract.dateresolve import EventDate
from extract.entrystamps import years_not_times

# A bare year opening a line, then a colon or dash: "1983: ", "2002 - ", "1946 — ".
_STAMP = r"(?P<year>1\d{3}|20\d{2})[ \t]*(?::|[-–—])[ \t]+\S"
_YEAR_STAMP = re.compile(_STAMP)  # (at the text's start)
_YEAR_LINES = re.compile(r"\n" + _STAMP)  # (a literal "\n" first: fast)
# A chronology's entry opening with a day: "April 30, 1914 - ", "Sept. 23 - ", "15 August: ".
_DATED_ENTRY = re.compile(r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:-\d{1,2})?(?:,?[ \t]+\d{4})?[ \t]*(?::|[-–—])[ \t]")
_BLANK = re.compile(r"\n[ \t]*\n")
# Words saying a column or an entry is of the published day's date in past years.
_OF_THIS_DAY = ("this day", "this date", "today in history", "ago today", "years ago this")
_HEAD = 300  # the column's heading: where "On this day" would be said
_BACK_LINES = 4  # non-blank lines looked back for the entry's stamp (an entry of a few paragraphs)
_MEMO = "almanac column"
# The measures of an entry's event that take its date when nothing else dated them: the harms and acts of the day
# (a force level "at the time", money or a displacement over months stay undated).
_HARMS = frozenset(("killed", "wounded", "captured", "attacks", "destroyed", "damaged"))


def _entry_start(text: str, pos: int) -> int | None:
    """Start of the year stamp opening the entry `pos` lies in (its own line or up to _BACK_LINES non-blank lines
    before it), or None; a line opening with a digit that is no year stamp ends the search."""
    end = pos
    seen = 0
    while seen <= _BACK_LINES:
        start = text.rfind("\n", 0, end) + 1
        if text[start:start + 1].isdigit():
            return start if _YEAR_STAMP.match(text, start) else None
        if _DATED_ENTRY.match(text, start, end):
            return None  # "April 30, 1914 - …": a chronology's dated entry, not an almanac entry's paragraph
        if text[start:end].strip():
            seen += 1
        if start == 0:
            return None
        end = start - 1
    return None


def _is_column(ctx: SentenceContext) -> bool:
    """Whether the document has two or more lines opening with different years, not clock times (once per document,
    a substring test before the scan)."""
    memo = ctx.memo
    if memo is not None and _MEMO in memo:
        return bool(memo[_MEMO])
    text = ctx.text
    years = {int(m.group("year")) for m in _YEAR_LINES.finditer(text)} if "\n1" in text or "\n2" in text else set()
    if (m := _YEAR_STAMP.match(text)) is not None:
        years.add(int(m.group("year")))
    found = years_not_times(years)  # (not a live page's "1130 - ", "1420 - ": extract/entrystamps.py)
    if memo is not None:
        memo[_MEMO] = found
    return found


def almanac_date(ctx: SentenceContext, when: EventDate | None, measure: str | None = None,
                 over_period: Callable[[], bool] | None = None) -> EventDate | None:
    """`when` (the date the rest of the stage gave) moved to the year of the almanac entry the claim lies in, when
    it lies in one and `when` is not already of that year; an undated harm of the entry (`measure` one of
    _HARMS, and `over_period()` False: no "since", "over the war") takes the entry's date too; else `when`."""
    if ctx.section.kind != "body" or (when is None and measure not in _HARMS) or not _is_column(ctx):
        return when
    text = ctx.text
    start = _entry_start(text, ctx.start)
    if start is None or (when is not None and when.value[:4] == text[start:start + 4]) \
            or (when is None and (over_period is None or over_period())):
        return when
    year = int(text[start:start + 4])
    pub = ctx.published
    entry_end = text.find("\n", ctx.end)
    entry = text[start:entry_end if entry_end >= 0 else len(text)].lower()
    head = text[:_HEAD].lower()
    of_this_day = any(w in head or w in entry for w in _OF_THIS_DAY)
    if not of_this_day and _BLANK.search(text, start, ctx.start):
        return when  # a paragraph after a chronology's "2009 - …" entry: a closing summary, not the entry's
    if pub is None or not of_this_day:
        return EventDate(str(year), "year")
    try:
        day = date(year, pub.month, pub.day)
    except ValueError:  # 29 February in a year without it
        return EventDate(str(year), "year")
    return shifted(EventDate(day.isoformat(), "day"), days_later(ctx.sentence))
