"""A multiple of what a past year or period had: "three times the toll of 2022's", "twice the number in 2019".

extract/nummultiples.py reads "N times" before "the" and a noun of a limit, level or amount as a multiplier. Any
noun after "the" is measured so when a year or a past period follows it ("of 2022's", "in 2019", "of last year",
"of the previous year"): "three times the toll of 2022's", "four times the crowd of last year". "Visited three times
the village of Kafr Nabl" and "three times the following week" count occasions: no year or period follows.
"""

from __future__ import annotations

import re

_B = r"[\s\u00a0]+"
_PAST = (rf"(?:1[89]|20)\d\d(?:['’]s)?\b|last{_B}(?:year|season|month|week|summer|winter|spring|autumn)\b|"
         rf"the{_B}(?:previous|prior|same){_B}(?:year|season|month|week|period)\b|"
         rf"a{_B}year{_B}(?:earlier|before|ago)\b")
_TIMES_A_PAST = re.compile(rf"{_B}(times)(?={_B}the{_B}(?:[\w'’-]+{_B}){{1,2}}?(?:of|in|for|from){_B}(?:{_PAST}))",
                           re.IGNORECASE)


def year_multiple(text: str, end: int) -> re.Match | None:
    """The match of "times" (group 1) after the number at `end` when it multiplies what a past year or period had,
    else None."""
    return _TIMES_A_PAST.match(text, end)
