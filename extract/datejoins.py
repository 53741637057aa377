"""Date expressions of a sentence read with the words around them (for extract/dates.py's second looks).

- A day or month and the year word after it: "on 2 November last year", "in May last year", "on 3 March this
  year". The scan finds the day (resolved as the last such day on or before publication) and "last year" (a year)
  apart; together they name that day of the year before publication (of the publication's year for "this year").
  The day's hit takes that date, and the year word's hit goes.
- "now" in the clause of a count since a day: "The wing has now lost 4 aircraft since 17 January", "has now
  risen to 80 since the fighting began": a total over the days since (a period, no date), not the published day;
  "now" goes. Not "24,000 troops are now in Panama, about half of them flown in since Tuesday": "since" is in
  another clause, which dates only its own count.
- A month or a year a total was reached by, told in the past perfect: "By the spring of 1957 nearly 200,000
  Hungarians had crossed into Austria", "by March 1979 about 250,000 had fled": a total over the months up to it
  (GUIDELINES: a total over a period has no date), a "period" hit; so is "by the end of 1968" in any tense ("137
  civilians killed by the end of 1968"). Not a state on a day ("by December 10, 14,000
  were still sleeping in shelters": that day), nor "by Tuesday, 40 had died" (a day: the toll of that day).
- A date naming a report, not an event: "In our report of 14 January we said that 80 people had been killed in
  the uprising of 12 January", "Our report from Zanzibar of 17 January stated that ...", "the edition of 3 May":
  the day it was published, read as the day something was said (a "report" hit: it governs only when nothing else
  does, and then gives no date). Not "the report covers 3 to 9 May", nor "a report of fighting on 3 May" (the
  fighting's day). A month or a year after "published in" ("the General Staff's figures published in 1994") is
  when figures were made public: a "report" hit too.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from extract.dateresolve import in_year

_YEAR_WORD = re.compile(r",?\s+(?P<which>last|this|the\s+previous)\s+year\b", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\d{4}")
# A report, an edition or a dispatch (with where it came from) and "of" just before a date: the report's own day.
_REPORT_OF = re.compile(r"\b(?:report|reports|article|story|dispatch|edition|issue|bulletin|broadcast|headline)"
                        r"(?:\s+from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:of|dated|on)\s+$", re.IGNORECASE)
_REPORTABLE = ("explicit", "weekday")
# "By" (and a part of the period) just before a month or a year: "By the spring of", "by the end of", "By mid-".
_BY_BEFORE = re.compile(r"\b[Bb]y\s+(?:the\s+(?:spring|summer|autumn|fall|winter|end|middle|beginning|start|close|turn"
                        r"|first\s+half|second\s+half)\s+(?:of\s+)?)?(?:early\s+|late\s+|mid-?\s*)?$")
_BY_END = re.compile(r"[Bb]y\s+the\s+(?:end|close)\b")  # "by the end of 1968": a total up to then, in any tense
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|released|issued)\s+(?:in\s+)?(?:early\s+|late\s+|mid-?\s*)?$")
_LONG = ("month", "year")  # the precisions of a month or a year
_OF_WORDS = (" of ", " dated ", " on ")  # the word just before a report's date (a cheap test before _REPORT_OF)
_REPORT_WORD = re.compile("report|article|story|dispatch|edition|issue|bulletin|broadcast|headline")
_BREAKS = (",", ";", ":", " - ", " – ", " — ", "(")  # between "now" and "since": another clause


def joined_hits(sentence: str, low: str | None, out: list[Any], pub: date | None) -> list[Any]:
    """The sentence's hits with a day and its year word read as one, and "now" dropped in a count since a day
    (module doc), and a report's date read as one (_REPORT_OF). Cheap tests first: "year", "now" or a report's word
    in the sentence."""
    if not out:
        return out
    text = low if low is not None else sentence.lower()
    if "year" in text and len(out) > 1:
        out = _with_year_word(sentence, out, pub)
    if "now" in text and "since" in text and len(out) > 1:
        out = _since_not_now(sentence, out)
    if "by " in text and (" had " in text or "by the end of" in text or "by the close of" in text):
        out = [h._replace(kind="period", date=None) if _by_then(sentence, h) else h for h in out]
    if "ed in " in text and ("published in" in text or "released in" in text or "issued in" in text):
        out = [h._replace(kind="report", date=None) if _published_in(sentence, h) else h for h in out]
    for h in out:  # (a loop, not any(): no generator made per sentence)
        if h.kind in _REPORTABLE and sentence.endswith(_OF_WORDS, 0, h.start):
            if _REPORT_WORD.search(text) is not None:
                out = [h._replace(kind="report", date=None)
                       if _after_of(sentence, h) and _REPORT_OF.search(sentence, max(0, h.start - 50), h.start) else h
                       for h in out]
            break
    return out


def _by_then(sentence: str, h: Any) -> bool:
    """Whether a month's or a year's hit is the time a total was reached by, in the past perfect or after "by the
    end of" in any tense (module doc)."""
    if h.date is None or h.date.precision not in _LONG:
        return False
    by = _BY_BEFORE.search(sentence, max(0, h.start - 40), h.start)
    return by is not None and (sentence.find(" had ", h.end) >= 0 or _BY_END.match(sentence, by.start()) is not None)


def _published_in(sentence: str, h: Any) -> bool:
    """Whether a month's or a year's hit is when figures were made public ("the General Staff's figures published in
    1994"): the day of a report, not of the event it counts."""
    return h.date is not None and h.date.precision in _LONG \
        and _PUBLISHED_BEFORE.search(sentence, max(0, h.start - 20), h.start) is not None


def _after_of(sentence: str, h: Any) -> bool:
    """Whether a day's hit follows "of", "dated" or "on" (a cheap test before _REPORT_OF)."""
    return h.kind in _REPORTABLE and sentence.endswith(_OF_WORDS, 0, h.start)


# The kinds of a hit that "last year"/"this year" right after it puts in that year (a day, a weekday, a month):
# decided by kind, not by a resolved date, so that the hits' kinds do not depend on the published date.
_YEAR_WORD_KINDS = frozenset({"explicit", "weekday", "yesterday", "today", "lastweek", "month", "label"})


def _with_year_word(sentence: str, out: list[Any], pub: date | None) -> list[Any]:
    """A day or month without its year followed by "last year" / "this year": that day of the year named (with no
    published date, one hit with no date: the same kinds either way, as dates.names_period needs)."""
    kept: list[Any] = []
    skip = -1
    for i, h in enumerate(out):
        if i == skip:
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and h.kind in _YEAR_WORD_KINDS and nxt.kind in ("lastyear", "period") \
                and not _WRITTEN_YEAR.search(sentence, h.start, h.end):
            m = _YEAR_WORD.match(sentence, h.end)
            if m is not None and m.end() >= nxt.end - 1:
                moved = None
                if pub is not None and h.date is not None and h.date.precision in ("day", "month", "week"):
                    moved = in_year(h.date, pub.year if m.group("which").lower() == "this" else pub.year - 1)
                kept.append(type(h)(h.start, nxt.end, h.kind, moved, h.anchored))
                skip = i + 1
                continue
        kept.append(h)
    return kept


def _since_not_now(sentence: str, out: list[Any]) -> list[Any]:
    """The hits less a "now" in the same clause as a count since a day (a "period" hit after it)."""
    periods = [h for h in out
               if h.kind == "period" and sentence[max(0, h.start - 8) : h.start].rstrip().endswith("since")]
    if not periods:
        return out
    drop = [h for h in out if h.kind == "today" and sentence[h.start : h.end].lower() == "now"
            and any(p.start > h.end and not any(b in sentence[h.end : p.start] for b in _BREAKS) for p in periods)]
    return [h for h in out if h not in drop] if drop else out
