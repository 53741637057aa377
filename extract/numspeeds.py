"""A length per a short stretch of time is a speed: "1,450 metres a minute", "12 miles an hour", "3 km per hour".

extract/numunits.py reads "km/h", "mph" and "knots" as a speed; a length written out and then "a", "an", "per",
"each" or "every" with a second, a minute or an hour is a speed too (kind "measurement", unit "speed", as "km/h").
A length per day, week or year is left a distance: "marched 30 km a day" tells how far, "the glacier retreats 40
metres a year" how much.
"""

from __future__ import annotations

import re

_PER_SHORT_TIME = re.compile(r"[\s\u00a0]+(?:a|an|per|each|every)[\s\u00a0]+(?:second|minute|hour)\b", re.IGNORECASE)


def per_short_time(text: str, unit_end: int) -> bool:
    """Whether "a/an/per/each/every second, minute or hour" follows the unit of length ending at `unit_end`."""
    return _PER_SHORT_TIME.match(text, unit_end) is not None
