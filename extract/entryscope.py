"""Entries of a live page or a run of agency briefs, each opened by its own stamp on a new line.

- a live blog's bare time stamp: "19:40 - ...", "7.15 am - ...", "14:05 GMT — ...";
- a brief's dateline with its filing time: "BELFAST, 0650 - ...", "LONDON, 11:30 GMT - ...";
- a press log's numeric day and clock time: "23/05 00:33. ...", "24/05 18:00 - ...";
- a timeline's or a log's day: "OCT 29 - ...", "5 Dec - ..." (entry_day: the day dates the claims of its line; so
  does a day with a colon, "3 May: ...", or with its clock time, "3 May, 14:20: ...").

Each entry is a story of its own: a sentence naming no place does not borrow one from another entry (a brief
datelined LONDON after one from BELFAST speaks of something else), and an entry's date is not another's
(extract/storyscope.py story_neighbours stops at an entry's first line). A live blog's entries are of the
published day: a bare time stamp dates a sentence of its entry that nothing else dates (extract/dates.py).
A brief's dateline gives no date: briefs filed today often tell of yesterday.
"""

from __future__ import annotations

import re

from extract.dateopeners import so_far

_TIME = r"(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)(?:\s*(?:GMT|UTC|BST|CET|EST|local(?:\s+time)?|[ap]\.?m\.?))?"
_DASH = r"\s*[-–—]\s"
_BARE_STAMP = re.compile(_TIME + _DASH, re.IGNORECASE)
_BRIEF_STAMP = re.compile(r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,2},\s*" + _TIME + _DASH)
# A timeline's or a log's day: "OCT 29 - ...", "Nov 5 – ...", "5 Dec - ...", "12 December — ...".
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_STAMP = re.compile(r"(?:[0-3]?\d\s+" + _MON + r"|" + _MON + r"\s+[0-3]?\d)" + _DASH, re.IGNORECASE)
# A press log's numeric day and clock time: "23/05 00:33. ...", "24/05, 18:00 - ...", "5/11 9.40: ..." (the day
# alone, "24/05", may be a ratio or a score: the clock time after it makes it a stamp).
_LOG_STAMP = re.compile(r"[0-3]?\d/[01]?\d,?[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[-–—:]|\.)?(?:\s|$)")


def opens_entry(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens an entry: it begins a line with a bare time stamp, a brief's
    dateline and time, a log's "dd/mm hh:mm" stamp, or a timeline's day and a dash ("OCT 29 - ", "5 Dec - "). A cheap test first: a line's first
    character, a digit or a capital."""
    if start > 0 and text[start - 1] != "\n":
        return False
    c = text[start : start + 1]
    if c.isdigit():
        return _BARE_STAMP.match(text, start) is not None or _DAY_STAMP.match(text, start) is not None \
            or _LOG_STAMP.match(text, start) is not None
    if not c.isupper():
        return False
    if text[start + 1 : start + 2].isupper() and _BRIEF_STAMP.match(text, start) is not None:
        return True
    return text[start : start + 3].lower() in _MONTHS3 and _DAY_STAMP.match(text, start) is not None


_MONTHS3 = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())  # a month's first letters


def opens_timed_entry(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens a live page's entry by its time ("19:40 - ...") or a brief by its
    dateline and time ("BELFAST, 0650 - ..."): a story of its own, unlike a diary's or a timeline's next day, which
    goes on with the same men ("18 DEC - Two Marines wounded")."""
    if start > 0 and text[start - 1] != "\n":
        return False
    c = text[start : start + 1]
    if c.isdigit():
        return _BARE_STAMP.match(text, start) is not None and _DAY_STAMP.match(text, start) is None
    return c.isupper() and text[start + 1 : start + 2].isupper() and _BRIEF_STAMP.match(text, start) is not None


def in_stamped_entry(text: str, start: int) -> bool:
    """Whether position `start` lies in a live blog's entry: its paragraph (from the last blank line, or the
    last line start when none) opens with a bare time stamp."""
    para = text.rfind("\n\n", 0, start)
    line = para + 2 if para >= 0 else text.rfind("\n", 0, start) + 1
    while line < start and text[line] in " \t\n":
        line += 1
    return text[line : line + 1].isdigit() and _BARE_STAMP.match(text, line) is not None


_BULLETS = ("- ", "• ", "* ", "– ", "— ")


def bullet_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` is an item of a bulleted list ("- GAM rebels killed: 9 (Bireuen)"): it
    begins a line with a bullet. An item lends its place to no other item (extract/places.py _from_context)."""
    line = text.rfind("\n", 0, start) + 1
    if line == start:
        return text.startswith(_BULLETS, start)
    return start - line <= 3 and text[line:start].strip() in _BULLET_MARKS  # (the bullet left out of the sentence)


_BULLET_MARKS = frozenset(b.strip() for b in _BULLETS)


def bullet_line(text: str, start: int) -> int:
    """The start of the bulleted line the sentence at `start` stands in (its first sentence or a later one: "- Mudzi:
    a militia burned 27 homesteads. Three organisers were taken ..."), or -1 when its line has no bullet."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line : line + 4].lstrip(" \t")
    return line if head.startswith(_BULLETS) or head[:1] in _BULLET_MARKS and head[1:2] in (" ", "\t") else -1


# A day opening a line of a timeline or a log, then a dash: "OCT 29 - ...", "NOV 5 – ...", "5 Dec - ...".
# So does a day and a colon, or a day, its clock time and a colon: "15 August: ...", "15 August, 15:10: ...".
_DAY_STAMP_DASH = re.compile(r"(?:,?[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d)?(?:[ \t]*[-–—]|:)[ \t]")


def entry_day(text: str, line: int, stamp_end: int, at: int, sentence: str) -> bool:
    """Whether a date ending at `stamp_end`, written at `line` (a sentence's start), is a timeline entry's stamp
    that dates the claims of its entry in `sentence` at `at`: the date opens a line and a dash, a colon or a clock
    time and a colon follow it ("3 May, 14:20: ... Nine people die ...", "OCT 29 -
    Israeli paratroops are dropped ... Some 400 of them ..."), and the claim is in its entry: its line or a line
    after it (an entry ends at a blank line or at a line that opens an entry or an item of its own: the next entry
    has its own day, and a paragraph after the log is no entry of it). A count in the present perfect ("say 3,000 have been taken prisoner") is a total so far, not the entry day's
    (dateopeners.so_far). Cheap tests first: the line start, then the dash, then no line break between."""
    if line > 0 and text[line - 1] != "\n":
        return False
    if _DAY_STAMP_DASH.match(text, stamp_end) is None:
        return False
    if text.find("\n", stamp_end, at) >= 0 and not _continued(text, stamp_end, at):
        return False
    return not so_far(sentence)


def _continued(text: str, stamp_end: int, at: int) -> bool:
    """Whether the line holding `at` goes on the entry whose stamp ends at `stamp_end`: no blank line between (a
    paragraph after the log is no entry of it) and the line opens no entry of its own ("24 DEC - Signal ...\n
    Observed from anchorage: ... blown with some 400 tons")."""
    if "\n\n" in text[stamp_end:at]:
        return False
    line = text.rfind("\n", 0, at) + 1
    return not opens_entry(text, line) and bullet_line(text, line) < 0
