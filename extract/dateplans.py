"""Dates of plans and schedules: when something is (or was) to happen, not when an event happened.

- A date right after a schedule word ("due on Saturday", "scheduled for Friday", "set for May 3", "slated for
  June") names the day of a fixture or plan. It is no event's day: the hit becomes kind "plan" with no date, which
  governs a number only when nothing else in the sentence does (dates._LAST_RESORT) and lends no date to the
  sentences after it (only dates._INHERITABLE kinds do). A scheduled month keeps its month, counted forward.
- A bare month name in a clause that speaks of the future ("plan naval exercises ... in July", "will deploy ...
  in September", "are to be held in March") is the next such month on or after publication, not the last one
  before it: a report of May 2010 about exercises planned "in July" means July 2010.
- A verb of a scheduled departure, arrival, start or end in the present tense just before the date, perhaps with
  its destination between ("two ferries sail for Constanta on Friday", "the talks resume on Monday", "the truce
  expires on May 3"), names a timetable's day, as a schedule word does: a plan. Not the same verb as a noun or an
  infinitive ("after his return on Friday", "ordered to leave on Friday") nor in the past ("sailed on Friday").
  Its participle "opening" too ("an exhibition opening on 21 March"): the day a show or session opens is no
  event's, and a document's first "on <date>" must not be taken for its incident's day.
Only month names are counted forward: a weekday in a plan ("due on Saturday") may be either side of the report.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Sequence

from extract.dateresolve import EventDate
from extract.rx import guarded
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)

# Cheap test first: every match of the two patterns below has one of these in the lower-cased sentence.
_PLAN_WORDS = ("due", "schedul", "set ", "slated", "plan", "will", " to be ", "is to ", "are to ", "intend")
# A schedule word just before the date (its "on"/"for"/"in" is inside the date or just before it).
# "set" only with "for"/"to": "the fire was set on Monday" is an event.
_SCHEDULED_BEFORE = guarded(r"\b(?:(?:due|(?:re)?scheduled|slated|planned)\s+(?:for\s+|to\s+\w+\s+)?"
                               r"|set\s+(?:for\s+|to\s+\w+\s+))$", re.IGNORECASE)
# A future marker earlier in the date's clause (no clause mark between it and the date, and no relative clause:
# "will investigate the raid that killed 40 in July" dates the raid, in the past).
_FUTURE_BEFORE = re.compile(r"\b(?:plans?|planning|will|intends?\s+to|(?:is|are)\s+(?:due\s+)?to|to\s+be\s+held"
                            r"|(?:is|are)\s+(?:scheduled|planned|expected)\s+(?:to|for))\b"
                            r"(?:(?!\b(?:that|which|who|when|after|since|last)\b)(?:\d[,.]\d|[^,;:.()—–\n]))*$",
                            re.IGNORECASE)
# A present-tense verb of a timetable (a departure, arrival, start or end), the words before the date: its
# destination or place may stand between ("sail for Constanta on Friday", "docks in Port Said on Monday"). (Not "fly":
# drones and jets "fly into" a city in a live blog's present of what happened.)
_TIMETABLE_VERBS = ("sail", "sails", "leave", "leaves", "depart", "departs", "arrive", "arrives",
                    "dock", "docks", "begin", "begins", "start", "starts", "open", "opens", "opening", "reopen",
                    "reopens",
                    "resume", "resumes", "close", "closes", "expire", "expires", "convene", "convenes")
_TIMETABLE_STEMS = ("sail", "leave", "depart", "arriv", "dock", "begin", "start", "open", "resum", "clos",
                    "expir", "conven")  # (a cheap test: each verb holds one, lower-cased)
_TIMETABLE_BEFORE = re.compile(r"(?:(?<![\w'’])(?P<prev>[A-Za-z'’]+)\s+)?(?<![\w'’])(?:"
                               + "|".join(_TIMETABLE_VERBS) + r")\s+(?:(?:for|to|from|in|at|into)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                               r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?(?:again\s+)?$", re.IGNORECASE)
# Words before such a verb that make it a noun, an infinitive or a past form's ("his return", "to leave",
# "did not sail", "had to leave"): no timetable.
_NOT_PRESENT = frozenset("to the a an his her its their our my your this that these those whose did didn't not "
                         "never had would could might was were been being after before since upon of on in at for "
                         "with without by from".split())
_PLANNABLE = ("weekday", "explicit", "month")  # the kinds a schedule word can make a plan of
_REACH = 80  # characters before the date searched for a future marker: the date's own clause, not the sentence


def planned_dates(sentence: str, low: str | None, hits: Sequence[Any], pub: date | None) -> list[Any]:
    """The hits (dates._Hit) with the rules of the module doc applied; `low` is the lower-cased sentence or None."""
    if not any(h.kind in _PLANNABLE for h in hits):
        return list(hits)
    text = low if low is not None else sentence.lower()
    timetable = has_any(text, _TIMETABLE_STEMS)
    if not timetable and not has_any(text, _PLAN_WORDS):
        return list(hits)
    out = list(hits)
    for i, h in enumerate(out):
        if h.kind not in _PLANNABLE:
            continue
        before = sentence[max(0, h.start - _REACH) : h.start]
        if _SCHEDULED_BEFORE.search(before) or (timetable and _timetable_before(before)):
            if h.kind == "month":
                out[i] = h._replace(date=_forward_month(h.date, pub))
            else:
                out[i] = h._replace(kind="plan", date=None, anchored=False)
        elif h.kind == "month" and _FUTURE_BEFORE.search(before):
            out[i] = h._replace(date=_forward_month(h.date, pub))
    return out


def _forward_month(d: EventDate | None, pub: date | None) -> EventDate | None:
    """The month of `d` (resolved as the last such month not after publication) moved to the first such month on
    or after publication: a year later unless it is the published month itself."""
    if d is None or pub is None or d.precision != "month":
        return d
    year, month = int(d.value[:4]), int(d.value[5:7])
    if (year, month) >= (pub.year, pub.month):
        return d
    return EventDate(f"{year + 1:04d}-{month:02d}", "month")


def _timetable_before(before: str) -> bool:
    """Whether the words before a date end with a present-tense verb of a timetable ("sail for Constanta "), not
    the same word as a noun, an infinitive or after a past auxiliary (_NOT_PRESENT before it)."""
    m = _TIMETABLE_BEFORE.search(before)
    return m is not None and (m.group("prev") or "").lower() not in _NOT_PRESENT
