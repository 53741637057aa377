"""A multiple of a limit or a level: "27 times the WHO's daily limit", "40 times the safe level".

extract/numunits.py reads "N times" as a multiplier (unit "ratio") before a comparative ("400,000 times brighter"),
"as" ("five times as many"), a possessive ("three times its estimate") or "the" and a few nouns of amount ("3 times
the size"). A number "times" a limit, a threshold, a norm or a level is a multiplier too, whatever words stand
between "the" and the noun: "more than 27 times the WHO's daily limit", "six times the legal limit", "40 times
the safe level", "three times Britain's output"; a goal, an estimate or the median or average the number is
measured against, after "its" or "their" too, with a sum between ("62 times its €50,000 goal", "312 times the
median worker's £28,500"). "Visited
three times the following week" and "three times a week" count occasions: no such noun follows.
"""

from __future__ import annotations

import re

from extract.nummultiyears import year_multiple

_B = r"[\s\u00a0]+"
# nouns of a limit, norm or level that a number of times multiplies
_MEASURE_NOUNS = (r"limits?|levels?|thresholds?|maximum|minimum|standards?|benchmarks?|guidelines?|allowance|"
                  r"ceiling|cap|quota|norm|targets?|dose|concentration|background|amounts?|figure|"
                  r"recommendation|ration|budget|salary|wage|income|output|capacity|goals?|aims?|"
                  r"median|average|mean|estimates?|forecasts?|expectations?|projections?")
_TIMES = re.compile(
    rf"{_B}(times)(?={_B}(?:the{_B}|(?:its|their|his|her|our|your){_B}|[\w.-]+['’]s{_B})"
    rf"(?:[^\s]+{_B}){{0,3}}?(?:{_MEASURE_NOUNS})\b)",
    re.I,
)


def multiple_of(text: str, end: int) -> tuple[str, str, int] | None:
    """("number", "ratio", end of "times") when "times" after the number at `end` multiplies a limit or level
    after "the" or a possessive ("27 times the WHO's daily limit", "three times Britain's output"), else None."""
    if text.find("times", end, end + 8) < 0:
        return None  # the usual case: no "times" after the number
    m = _TIMES.match(text, end) or year_multiple(text, end)  # "three times the toll of 2022's" (nummultiyears.py)
    return ("number", "ratio", m.end(1)) if m else None
