"""Entries of a live page stamped with a bare time ("19:40 - State TV now says …", "0650 - …"), and the stamp or
dateline that opens an entry's first sentence.

A live blog need not write "UPDATE": its entries may open with the time alone, newest first or last. When a
document has two or more paragraphs opening so, each is an update (GUIDELINES.md, section `update`), up to the
next stamp, heading, or a paragraph opened by a label of its own ("Background - …", "Context: …"), which is the
body again. A year is no time stamp: "1994 - The war begins" of a timeline is not an entry, and four digits
count as a time only when the page has one a year cannot be ("0650", "1130"), or a zone follows ("2130 GMT"),
unless another opener is a year no clock shows: an almanac's "1707: …" beside "1983: …" is a year (no update).
A dateline before the time ("BELFAST, 0650 - ") makes a wire brief, not an update (the brief is the story).

`entry_lead` gives the length of such an opening ("17:10 - ", "BELFAST, 1420 - ") so that a label after it
("Health ministry: the dead number 184") still reads as the speaker of its line (extract/cues.py).
"""

from __future__ import annotations

import re

from extract.numunits import TIME_ZONE_AFTER
from extract.rx import guarded

# A time of day: "19:40", "7.15 pm", "0650", maybe with a zone after it ("2130 GMT", "10:45 local time"). The zones
# are numunits.TIME_ZONE_AFTER's, case-sensitive: "2003 Iraq - US invades" is a year and a country, not a time.
_TIME = (r"(?P<time>(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?:\s*[aApP]\.?[mM]\.?)?|(?P<hhmm>\d{4}))"
         rf"(?P<zone>{TIME_ZONE_AFTER.pattern})?")
# A revised entry's mark between its time and the dash: "9:40 p.m. UPDATED - …", "17:10 Updated: …".
_REVISED = r"(?:(?:UPDATED?|Updated?)\s*)?"
# A bare time opening a line: "19:40 -", "7.15 pm –", "0650 —", "2130 GMT -", "10:45 GMT: ", "9:40 p.m. UPDATED - ".
_STAMP = re.compile(rf"[ \t]*{_TIME}\s*{_REVISED}(?:[-–—]|:(?=\s))\s+\S")
# The first entry under its time: "11:20 a.m. ORIGINAL POST - …" (the body again, as ORIGINAL above).
_STAMPED_ORIGINAL = re.compile(rf"[ \t]*{_TIME}\s*ORIGINAL[ \t]+(?:ENTRY|POST)\b")
# A paragraph opened by a label of its own ("Background - North Sinai has …", "Context: …"): no longer an entry.
_LABEL = re.compile(r"[ \t]*[A-Z][a-z]+(?:\s+[a-z]+)?\s*(?:[-–—]\s|:\s)")
# The live page's first entry, below its updates: "ORIGINAL ENTRY", "ORIGINAL POST, 7:00 a.m. GMT:", "ORIGINAL POST -
# Some 200 …" (the body again; extract/sections.py ends an "UPDATE" stamp's section on it too).
ORIGINAL = guarded(r"^\s*ORIGINAL[ \t]+(?:ENTRY|POST)\b", re.I)
# What opens an entry's first sentence: a dateline ("BELFAST, 1015 - ", "SAN SALVADOR - ") or a bare time stamp.
_LEAD = re.compile(rf"\s*(?:(?:[A-Z][A-Z.'’ -]{{1,30}}?,\s*)?{_TIME}\s*{_REVISED}(?:[-–—]|:(?=\s))"
                   rf"|[A-Z][A-Z.'’-]{{2,}}(?:\s+[A-Z][A-Z.'’-]+){{0,2}}\s*[-–—])\s+(?=\S)")  # ("UN: …" is a label)


def _stamp(line: str) -> re.Match[str] | None:
    """The bare time stamp opening `line`, if it is a time of day (not "25:10", "19:75")."""
    if not line[:1].isdigit() and not line.lstrip()[:1].isdigit():
        return None
    m = _STAMP.match(line)
    if m is None:
        return None
    if m.group("hhmm"):
        h, mins = int(m.group("hhmm")[:2]), int(m.group("hhmm")[2:])
    else:
        h, mins = int(m.group("h")), int(m.group("m"))
    return m if h <= 23 and mins <= 59 else None


def _year_like(m: re.Match[str]) -> bool:
    """Four digits a year could be (1800-2099) with no zone after them: no proof of a time by itself."""
    hhmm = m.group("hhmm")
    return bool(hhmm) and not m.group("zone") and 1800 <= int(hhmm) <= 2099


def _years_column(lines: list[tuple[int, int, str]], kinds: list[str], stop: int) -> bool:
    """Whether the page's four-digit openers are years: an almanac's or a chronology's entries ("1707: …",
    "1983: …", "2002 - …") where one opener is a year no clock shows ("1983", "1870": minutes over 59 or hours
    over 23), so that "1707" and "2001" beside it are years too, not 17:07 and 20:01."""
    years = set()
    for i in range(stop):
        line = lines[i][2]
        if kinds[i] == "body" and line[:1].isdigit() and (m := _STAMP.match(line)) is not None:
            hhmm = m.group("hhmm")
            if hhmm and not m.group("zone") and 1000 <= int(hhmm) <= 2099:
                years.add(int(hhmm))
    return len(years) >= 2 and any(y // 100 > 23 or y % 100 > 59 for y in years)


def years_not_times(years: set[int]) -> bool:
    """Whether four-digit line openers (two or more, differing) read as years, not clock times: all could be years
    (1800-2099), or one is a year no clock shows (_years_column); extract/datealmanac.py dates their entries."""
    return len(years) >= 2 and (all(1800 <= y <= 2099 for y in years)
                                or any(y // 100 > 23 or y % 100 > 59 for y in years))


def mark_stamped_entries(lines: list[tuple[int, int, str]], kinds: list[str], headline: list[bool],
                         stamps: set[int], stop: int) -> None:
    """Mark the entries of a page written as bare-time stamped entries `update` (in `kinds`, lines before
    `stop`), each stamp line opening a section of its own (added to `stamps`); a page with fewer than two
    such stamps is left alone."""
    found = [(i, m) for i in range(stop) if kinds[i] == "body" and (m := _stamp(lines[i][2])) is not None]
    if len(found) < 2:
        return
    if any(m.group("hhmm") for _, m in found) and (
            all(_year_like(m) for _, m in found if m.group("hhmm")) or _years_column(lines, kinds, stop)):
        found = [(i, m) for i, m in found if not m.group("hhmm")]  # "1994 - …", "2003 - …": a timeline of years
        if len(found) < 2:
            return
    starts = {i for i, _ in found}
    in_entry = False
    for i in range(stop):
        line = lines[i][2]
        if i in starts:
            in_entry = True
            stamps.add(i)
        elif in_entry and (headline[i] or kinds[i] != "body" or (line.strip() and (
                _LABEL.match(line) or (line.lstrip()[:1] in "Oo" and ORIGINAL.match(line))
                or ("ORIGINAL" in line and _STAMPED_ORIGINAL.match(line))))):
            in_entry = False
        if in_entry and kinds[i] == "body":
            kinds[i] = "update"


def stamped_original(text: str, start: int) -> bool:
    """Whether the section at `start` opens with a live page's first entry under its time ("11:20 a.m. ORIGINAL POST
    - …"): a body section dated as the entries are (extract/dates.py)."""
    return "ORIGINAL" in text[start:start + 40] and _STAMPED_ORIGINAL.match(text, start) is not None


def entry_lead(sentence: str) -> int:
    """Length of the dateline or bare time stamp opening a sentence ("17:10 - ", "BELFAST, 1420 - "), else 0."""
    if not sentence[:1].isalnum() and not sentence.lstrip()[:1].isalnum():
        return 0
    m = _LEAD.match(sentence)
    return m.end() if m else 0
