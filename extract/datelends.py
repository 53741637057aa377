"""Which dates of an earlier sentence a later, undated sentence may take (for extract/dates.py's look-back).

A sentence that names no date of its own takes the day an earlier sentence gave its event. Three things in the
earlier sentence change which of its dates that is:

- a beginning and a turn: "Protests began in the capital on 3 May and turned violent on 7 May." The counts that
  follow ("that day", or no date at all) are of the latest turn, not of the day it all began: a date the verb
  "began" (started, erupted, broke out) governs lends nothing when a later day follows in the same sentence;
- a date inside a relative clause: "at the field hospital, which opened on Tuesday" dates the hospital's opening,
  not the counts after it, so it lends nothing;
- a date inside a comparison: "246 people had been killed, up from 103 on Wednesday" dates the earlier figure
  (extract/datecompare.py), not the event the next sentences count, so it lends nothing;
- a time of day before a date: "took the tower early January 13", "late on 4 May", "before dawn on Friday" name
  when an event happened, as "on <date>" does, so the date lends itself though no "on" stands before it.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from extract.datecompare import compared_spans

# A verb of beginning just before the date, with at most a short place phrase between ("began in Lhasa on").
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\b[^,;:.()]{0,30}$", re.IGNORECASE)
# A relative clause opened by ", which" / ", where" before the date, with no clause mark between.
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|where)\b[^,;:.()]{0,40}$", re.IGNORECASE)
# A time of day just before the date: "early January 13", "late on Tuesday", "before dawn on Friday".
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:early|late|before\s+dawn|at\s+dawn|at\s+night)\s+(?:on\s+)?$",
                                 re.IGNORECASE)
_GATE_WORDS = ("began", "begun", "started", "erupted", "broke out", "which", "where", "early", "Early", "late",
               "Late", "dawn", "night")
_DAY_KINDS = ("explicit", "weekday", "wdspan", "span")  # the kinds of a date that name a day (dates._INHERITABLE)


def lent_hits(sentence: str, hits: Sequence[Any]) -> Sequence[Any]:
    """The hits of an earlier sentence as a later undated sentence may take them (module doc): beginnings followed
    by a later day and dates of relative clauses left out, a date after a time of day marked anchored. A cheap test
    first: without any of the words the rules read, the hits unchanged."""
    compared = compared_spans(sentence)
    if not compared and not any(w in sentence for w in _GATE_WORDS):
        return hits
    out = []
    for k, h in enumerate(hits):
        before = sentence[max(0, h.start - 50) : h.start]
        if any(a <= h.start and h.end <= b for a, b in compared):
            continue  # "up from 103 on Wednesday": the compared figure's day
        if h.kind in _DAY_KINDS and h.date is not None:
            if _BEGAN_BEFORE.search(before) and any(
                    later.kind in _DAY_KINDS and later.date is not None for later in hits[k + 1 :]):
                continue  # "began ... on 3 May and turned violent on 7 May": the later day
            if _RELATIVE_BEFORE.search(before):
                continue  # "the hospital, which opened on Tuesday": the hospital's day
            if not h.anchored and h.kind == "explicit" and _TIME_OF_DAY_BEFORE.search(before):
                h = h._replace(anchored=True)  # "early January 13": an event's day
        out.append(h)
    return out
