"""Dates that end a total's period or date a document, not the event counted (for extract/dates.py).

- "had arrested 431 suspects by 1 April", "had arrested 3,000 people by May": "by" a day or a month after a verb in
  the past perfect is the end of the period the total covers, not the day of an event (GUIDELINES: totals over a
  period are undated; a bare month's hit holds its "by");
- "the committee's report of 1970 gives 900": the year of a document is when it was written, as "said on
  Friday" is when it was said (kind "report": a date only when the sentence has no other);
- "The dead numbered 129 on Monday evening", "the toll stood at 40 on Tuesday": the day a count stood at its figure
  is when it was counted, not when its dead died (kind "report", as a day of telling: the incident's date goes on);
  so is the day a count rose to its figure ("the toll rose to 95 on Sunday" for Saturday's bombing), which keeps
  its date for a report that dates its incident by nothing else.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b")
_BY_BEFORE = re.compile(r"\bby\s+$")
_DOCUMENT_OF = re.compile(r"\b(?:report|study|survey|census|book|paper|review|inquiry|findings)\s+(?:of|from)\s+$",
                          re.IGNORECASE)
# A document dated to the day ("their statement of 15 April 2013", "the letter dated 3 May", "resolution of 12 June"):
# the day it was issued, a telling, not the day of the event it speaks of.
_DAY_DOCUMENT_OF = re.compile(r"\b(?:statement|communiqu[eé]|letter|report|resolution|decision|declaration|note"
                              r"|memorandum|press\s+release|briefing|bulletin)\s+(?:of|dated)\s+$", re.IGNORECASE)
_ENDED_KINDS = ("explicit", "weekday", "month", "monthyear")
_STOOD_BEFORE = re.compile(r"\b(?:numbered|stood\s+at|stands\s+at)\s+(?:[a-z]+\s+){0,3}\d[\d,]*\s+$", re.IGNORECASE)
_STOOD_KINDS = ("explicit", "weekday", "yesterday")
# A count risen to its figure on a day ("the number of people killed ... rose to 95 on Sunday", "the toll has climbed
# to 40 on Tuesday"): the day it reached that figure, a telling. It keeps its date: a report whose incident no other
# sentence dates is dated by it ("The toll from Friday night's strike rose to 91 on Saturday" with no other day).
_ROSE_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|grew)\s+to\s+(?:[a-z]+\s+){0,3}\d[\d,]*\s+$",
                          re.IGNORECASE)
# A figure given, put or listed, then the day ("Police gave 290 dead on 22 April and 359 on 24 April", "the army put
# 40 killed on Monday", "the ministry listed 12 bodies on Friday"): the day the figure was given, not the day its dead
# died (a "report" hit: the incident dated before goes on). The verb of giving comes before the number; a second
# figure joined by "and" after the first's day is given by the same verb.
_GIVEN_BEFORE = re.compile(
    r"\b(?:gave|gives|given|put|puts|listed|lists|(?:revised|raised|lowered|updated)\s+(?:[a-z]+\s+){0,3}?to)\s+"
    r"(?:(?:a|the|its|their)\s+(?:death\s+)?(?:toll|figure|count)\s+(?:of|at|as)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?\d[\d,]*"
    r"(?:\s+(?:dead|deaths|killed|injured|wounded|bodies|people\s+(?:dead|killed)))?"
    r"(?:\s+on\s+[\w ]{3,25}?\s+and\s+\d[\d,]*)?\s+$", re.IGNORECASE)
# A claim of responsibility, then its day ("the Islamic State group claimed the attacks through its Amaq news agency on
# 23 April"): the day the attack was claimed, a telling, not another event.
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility|(?:the|both|all)\s+(?:[a-z]+\s+)?(?:attacks?|bombings?"
                             r"|killings?|blasts?|explosions?|massacre|raid|ambush))\b[^.;:]{0,50}?\s+$")
_GIVEN_KEYS = ("gave", "give", "put", "list", "revised", "raised", "lowered", "updated")


def period_ends(sentence: str, hits: Sequence[Any]) -> list[Any]:
    """The hits (dates._Hit) with a period's end ("had arrested 431 by 1 April") made a period with no date, and a
    document's year ("report of 1970") and a count's standing day ("numbered 129 on Monday") a report's (module
    doc). Cheap tests first: "by ", "of "/"from " or a digit in the few characters before the hit."""
    out = list(hits)
    for i, h in enumerate(out):
        a = h.start - 24 if h.start > 24 else 0
        if h.kind in _ENDED_KINDS and (sentence.endswith("by ", a, h.start) or sentence.startswith("by ", h.start)) \
                and _PAST_PERFECT.search(sentence, 0, h.start) is not None:
            out[i] = h._replace(kind="period", date=None, anchored=False)
        elif h.kind in _STOOD_KINDS and h.start > 2 and sentence[h.start - 2].isdigit() \
                and _STOOD_BEFORE.search(sentence, max(0, h.start - 40), h.start) is not None:
            out[i] = h._replace(kind="report", date=None, anchored=False)  # ("The dead numbered 129 on Monday")
        elif h.kind in _STOOD_KINDS and h.start > 2 and sentence[h.start - 2].isdigit() \
                and _ROSE_BEFORE.search(sentence, max(0, h.start - 40), h.start) is not None:
            out[i] = h._replace(kind="report", anchored=False)  # ("rose to 95 on Sunday": its date kept, module doc)
        elif h.kind in _STOOD_KINDS and h.start > 2 and sentence.startswith("on ", h.start) \
                and any(c.isdigit() for c in sentence[max(0, h.start - 20) : h.start]) \
                and any(k in sentence for k in _GIVEN_KEYS) \
                and _GIVEN_BEFORE.search(sentence, max(0, h.start - 90), h.start) is not None:
            out[i] = h._replace(kind="report", date=None, anchored=False)  # ("Police gave 290 dead on 22 April")
        elif h.kind in _STOOD_KINDS and "claim" in sentence and sentence.startswith("on ", h.start) \
                and _CLAIMED_BEFORE.search(sentence, max(0, h.start - 110), h.start) is not None:
            out[i] = h._replace(kind="report", date=None, anchored=False)  # ("claimed the attacks ... on 23 April")
        elif h.kind == "explicit" and sentence.endswith(("of ", "dated "), a, h.start) \
                and _DAY_DOCUMENT_OF.search(sentence, max(0, h.start - 40), h.start) is not None:
            out[i] = h._replace(kind="report", date=None, anchored=False)  # ("recalled their statement of 15 April")
        elif h.kind == "year" and _document_year(sentence, a, h.start):
            out[i] = h._replace(kind="report", date=None, anchored=False)
    return out


def _document_year(sentence: str, a: int, start: int) -> bool:
    """Whether the year hit at `start` (which may hold its "of") follows a document's noun ("report of 1970")."""
    if sentence.startswith("of ", start):
        start += 3
    elif sentence.startswith("from ", start):
        start += 5
    elif not sentence.endswith(("of ", "from "), a, start):
        return False
    return _DOCUMENT_OF.search(sentence, a, start) is not None
