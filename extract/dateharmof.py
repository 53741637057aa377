"""A date named as the day of the harm ("the dead of 22 April", "the massacre of 3 May", "the killings of 14 June")
dates the incident as "on 22 April" would.

A feature or a follow-up names its incident's day not as "on <date>" but as an attribute of the dead or of the
attack: "The government's figure for the dead of 22 April has not moved". The date is that of the event the later
counts of the story tell of: the hit is made anchored, as "on 22 April" is, so that extract/datesaid.py incident_date
takes it as the lead's day and a later sentence of the story lends it ("A Zambian officer said his men had buried
2,000 more" a few sentences on). Not a date after other nouns ("the report of
22 April", "the statement of 3 May": days of telling, extract/dateends.py), nor a harm with a period ("the
killings of April": a month names no day).
"""

from __future__ import annotations

import re
from typing import Any

# The noun of harm (with "the" or a possessive before it, perhaps an adjective) and "of" just before the date.
_HARM_OF = re.compile(r"\b(?:dead|killings?|massacres?|attacks?|shootings?|bombings?|raids?|ambush(?:es)?"
                      r"|slaughter|carnage|violence|bloodshed)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_REACH = 30  # characters before the date searched


def harm_days(sentence: str, out: list[Any]) -> list[Any]:
    """The hits (extract/dates.py _Hit) with an explicit date named as a harm's day made anchored (module doc). A
    cheap test first: only an explicit date not already anchored is asked."""
    for h in out:
        if h.kind == "explicit" and not h.anchored:
            break
    else:
        return out
    return [h._replace(anchored=True) if h.kind == "explicit" and not h.anchored and h.date is not None
            and harm_day(sentence, h.start) else h for h in out]


def harm_day(sentence: str, start: int) -> bool:
    """Whether the date at `start` in `sentence` is named as the day of a harm (module doc). A substring test first."""
    before = sentence[max(0, start - _REACH) : start]
    return " of " in before and _HARM_OF.search(before) is not None
