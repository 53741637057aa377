""""Over" that spans, not bounds: "averaging 25.4 knots over 2,925 nautical miles" is across 2,925 miles.

"Over 2,000 miles" alone is more than 2,000; but after a rate or an average it names the stretch the rate was
held across: "averaging 25.4 knots over 2,925 nautical miles", "at 60mph over 300 miles", "averaged 28 points
over 10 games", "an average of 4% over five years". extract/numbers.py `_qualify` asks this for a number after
"over" that would be a lower bound (it already leaves durations after "over" unbounded, and "3,404 km over 21
stages"). Without a rate before "over" the bound stays ("crossed over 2,000 miles of ocean", "sailed over 300
miles").
"""

from __future__ import annotations

import re

# A rate or an average in the clause right before "over": a speed unit right before it, or a verb or noun of
# averaging a few words before it ("averaging 25.4 knots over", "averaged 28 points a game over").
_RATE_BEFORE_OVER = re.compile(
    r"(?:\d[\s\u00a0]*(?:knots?|mph|km/h|kph|kmh|miles[\s\u00a0]+(?:an|per)[\s\u00a0]+hour)"
    r"|\baverag(?:e|ed|es|ing)\b(?:[\s\u00a0]+(?:of[\s\u00a0]+)?[^\s.;:!?]+){1,4}?"
    # a rate whose value is said: "a 68% headshot rate over 4,200 matches", "a 3% growth rate over five years"
    r"|\d(?:%|[\s\u00a0]*per[\s\u00a0]*cent|[\s\u00a0]*percent)(?:[\s\u00a0]+[a-z-]+){0,2}[\s\u00a0]+rate)"
    r"[\s\u00a0]+over[\s\u00a0]+\Z", re.I)


def span_over(text: str, start: int) -> bool:
    """Whether "over" right before the number at `start` follows a rate or an average (see the module)."""
    return text[max(0, start - 5) : start].lower().startswith("over") and bool(
        _RATE_BEFORE_OVER.search(text, max(0, start - 60), start))
