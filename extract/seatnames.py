"""A body's full proper name followed by where it sits: "the Eastern Karen Relief Committee in Mae Sot".

A name of three or more capitalised words is a body's (or a person's) full name; a place after it says
where it sits ("in Mae Sot"), not which body it is, so the source is the name alone. A shorter name keeps its place, which may
be what tells it apart ("the Foreign Ministry in Lisbon", "the government in Djibouti": which ministry, which
government); a listed body already drops it (extract/sourcetidy.py). A mission or force named for the country it
serves in keeps the place: it is part of its name ("United Nations Assistance Mission in Iraq").
extract/attribution.py asks it of every named claimant after sourcetidy.
"""

from __future__ import annotations

import re

__all__ = ["seat_dropped"]

# Three to six capitalised words (hyphenated ones too), then "in"/"based in" and a capitalised place of 1-3 words.
_NAME_IN_SEAT = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){2,5})\s+(?:based\s+)?in\s+"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


# A mission or force named for where it serves: "United Nations Assistance Mission in Afghanistan", "the
# Peacekeeping Force in Cyprus", "the OSCE Special Monitoring Mission in Ukraine": the place is part of its name.
_NAMED_FOR_PLACE = re.compile(r"\b(?:United\s+Nations|UN|Mission|Force|Forces|Operation|Office|Observers?|Presence|"
                              r"Authority|Delegation)$|^(?:United\s+Nations|UN)\b")


def seat_dropped(source: str) -> str:
    """`source` without the seat after a full name of 3+ capitalised words (see the module), else `source`."""
    if " in " not in source:
        return source
    m = _NAME_IN_SEAT.fullmatch(source)
    if m is None or _NAMED_FOR_PLACE.search(m.group("name")):
        return source
    return m.group("name")
