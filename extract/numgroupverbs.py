"""An age of a group before a verb in the past: "children under 5 hit hardest", "adults over 70 suffered most".

extract/numkinds.py reads "under/over N" after a word for people ("children", "adults", "patients") as an age when
the clause ends or a verb of the present, an auxiliary or an "-ing" form follows ("adults over 65 have had",
"children under 10 living"). A verb in the past does too, or an adverb of degree before one: "children under 5
hit hardest", "children under 5 were hit hardest", "pensioners over 80 suffered most", "those over 70 worst
affected". A noun or a unit after the number ("children under 5 feet", "people over 6 million") is none of these.
"""

from __future__ import annotations

import re

# past tenses the suffix "-ed" does not show, and adverbs of degree standing before a participle
_PAST_WORDS = (r"hit|made|took|got|fell|saw|bore|felt|went|came|ran|grew|kept|left|lost|paid|spent|found|"
               r"worst|hardest|most|least|mostly|largely|particularly|especially|disproportionately")
_VERB_AFTER = re.compile(rf"[\s\u00a0]+(?:(?!hundred\b)[a-z]+ed|{_PAST_WORDS})\b")


def past_verb_after(text: str, end: int) -> bool:
    """Whether a verb in the past (or an adverb of degree) follows the number ending at `end`: "children under 5
    hit hardest", where the number is the group's age."""
    return bool(_VERB_AFTER.match(text, end))
