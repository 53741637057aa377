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


# A study's word before the people it followed, in the clause before "over": "A study of 48,000 adults over 14 years
# found", "a trial that followed 2,000 women over 10 years" (study_span).
_STUDY_BEFORE = re.compile(r"\b(?:stud(?:y|ies)|surveys?|trials?|cohorts?|research|analys[ie]s|reviews?|followed|tracked|"
                           r"monitored)\b[^.;:!?\n]{0,50}\Z", re.I)
# A unit of time after the number, and no word that makes it an age ("over 65 years old", "over 65 years of age",
# "over 18 months or older").
_SPAN_UNIT = re.compile(r"[\s\u00a0]+(?:years?|months?|decades?|weeks?)\b(?![\s\u00a0]+(?:old\b|of[\s\u00a0]+age\b|"
                        r"(?:or|and)[\s\u00a0]+(?:older|over|above)\b))", re.I)


def study_span(text: str, start: int, end: int) -> bool:
    """Whether "N years" after a group of people and "over" is the span a study followed them (not their age):
    "A study of 48,000 adults over 14 years found that ...". A study's word stands before the people, and a unit of
    time follows the number with no "old" or "of age" (extract/numkinds.py asks this before reading "adults over 65"
    as an age group; "A survey of 2,000 adults over 65 found" has no unit, and stays an age)."""
    return _SPAN_UNIT.match(text, end) is not None and _STUDY_BEFORE.search(text, max(0, start - 60), start) is not None
