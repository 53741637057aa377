"""Numbers of travel that name or measure without a unit word (rules learnt from general news 22).

- A route named by its number before a singular vehicle: "the 73 bus", "the 15 tram", "the N29 night bus" are
  names; where a noun follows, "bus" modifies a plural and the number counts ("the 12 bus drivers").
- A service named by its dotted departure time: "The 12.40 from Paddington", "the 9.15 to Leeds" are clock times
  (12:40), as "The 07:42 from Reading" is; "rose to 12.40 from 11.90" (no article, no place) stays a number.
- A speed said with its unit earlier: "a 50mph limit ... caught doing more than 60" is 60 mph (a speed): "doing"
  a number is a speed where the sentence names a unit of speed before it; "doing 60 press-ups" (a noun after) and
  "doing 60" with no unit of speed before stay counts.
extract/numkinds.py `number_kind` asks these (`travel_kind`) after "the" and "doing".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.numscan import _Atom

# A route: its number, then a singular vehicle not followed by a noun it modifies ("the 12 bus drivers").
_ROUTE_FIRST = (" bus", " tram", " night bus", "\u00a0bus", "\u00a0tram")
_ROUTE_AFTER = re.compile(r"[\s\u00a0]+(?:night[\s\u00a0]+)?(?:bus|tram)\b(?![-\u2010\u2011]|[\s\u00a0]+(?:drivers?|stops?|"
                         r"routes?|lanes?|compan(?:y|ies)|operators?|depots?|passengers?|services?|shelters?|stations?|"
                         r"fares?|tickets?|journeys?|garages?|workers?|crews?|users?|lines?|timetables?|networks?)\b)",
                         re.I)
# After a dotted departure time: "from" or "to" and a capitalised place, or a word of a service.
_DEPARTURE_AFTER = re.compile(r"[\s\u00a0]+(?:(?:from|to)[\s\u00a0]+[A-Z]|(?:train|service|departure|flight|ferry|"
                              r"coach|sailing)\b)")
_HOURS_MINUTES = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")


def _departure_hours(text: str, end: int, digits: str) -> float | None:
    """The hours of the day of a service named by its dotted time ("The 12.40 from Paddington": 12.667), the
    number's digits `digits` ending at `end` after "the"; else None."""
    m = _HOURS_MINUTES.fullmatch(digits)
    if m is None or not _DEPARTURE_AFTER.match(text, end):
        return None
    return int(m.group(1)) + int(m.group(2)) / 60


# "doing" and a word of bound or none right before the number; a unit of speed before it in the sentence.
_DOING = re.compile(r"\bdoing[\s\u00a0]+(?:(?:more|less)[\s\u00a0]+than|over|under|about|around|nearly|almost|"
                    r"at[\s\u00a0]+least|up[\s\u00a0]+to)?[\s\u00a0]*\Z", re.I)
_SPEED_UNIT = re.compile(r"\d[\s\u00a0-]*(?:mph|km/h|kph|kmh|miles[\s\u00a0]+an[\s\u00a0]+hour|miles[\s\u00a0]+per"
                         r"[\s\u00a0]+hour)\b", re.I)
_NOUN_AFTER = re.compile(r"[\s\u00a0]+[a-z]+[-\u2010\u2011]?[a-z]*s\b")  # "doing 60 press-ups"


def _speed_said_before(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] after "doing" is a speed whose unit was said before it (see the
    module)."""
    lo = max(0, start - 200)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    lo = stop + 1 if stop >= 0 else lo
    return (_DOING.search(text, max(lo, start - 30), start) is not None and not _NOUN_AFTER.match(text, end)
            and _SPEED_UNIT.search(text, lo, start) is not None)


def travel_kind(text: str, a: _Atom, words: list[str]) -> bool:
    """Set a route's name, a dotted departure's time or a speed said before on `a` (see the module; `words` the
    words before it, the last "the" or one of the last four "doing") and say whether one was."""
    if words[-1] in ("the", "The"):
        if text.startswith(_ROUTE_FIRST, a.end) and _ROUTE_AFTER.match(text, a.end):
            a.kind, a.unit = "name", "name"  # "the 73 bus now runs": one bus is no count
            return True
        if "." in a.digits and (h := _departure_hours(text, a.end, a.digits)) is not None:
            a.kind, a.unit, a.value = "time", "time", h  # "The 12.40 from Paddington"
            return True
        return False
    if "doing" in words[-4:] and _speed_said_before(text, a.start, a.end):
        a.kind, a.unit = "measurement", "speed"  # "a 50mph limit ... doing more than 60"
        return True
    return False
