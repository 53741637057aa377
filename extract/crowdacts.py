"""A crowd's size, told where a toll word stands earlier in the sentence: no claim.

"The death toll rose to 86 on Friday, as hundreds of relatives kept up a sit-in beside the coffins", "The toll
climbed to 40 while about 2,000 people marched to the governor's office": the later number is the subject of what a
crowd does ([cues] crowd_acts: gathered, marched, held a vigil, kept up a sit-in ...), its size, not the toll the
sentence opened with (GUIDELINES: crowds are no claims). extract/measures.py asks this before a toll word near a
number with no verb of its own makes it a count of the dead. Finite forms only, or an "-ing" form after an
auxiliary: "12 people attending a funeral" may be the dead; "12 people were attending a funeral" is a crowd's act
only when no other verb acts on them, which the caller has ruled out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.triggers import lexicon

# What may stand between the people counted and what they do: an "of" complement the phrase did not take ("of the
# Hazara community"), then adverbs and auxiliaries ("had gathered", "were still protesting").
_LEAD = (r"(?:\s+of\s+(?:(?:the|their|its|his|her|a)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+){0,2}\s*,?"
         r"(?P<aux>(?:\s+(?:also|still|again|later|then|already|had|have|has|were|was|are|is|been))*)\s+")


@lru_cache(maxsize=1)
def _crowd_after() -> re.Pattern[str]:
    """The lead, then a crowd's act ([cues] crowd_acts), matched right after the people counted."""
    return re.compile(_LEAD + r"(?P<act>" + lexicon().cues["crowd_acts"].pattern + r")", re.IGNORECASE)


def crowd_acting(text: str, np_end: int, end: int) -> bool:
    """Whether the people counted (their noun phrase ending at `np_end`, the sentence at `end`) are the subject
    of what a crowd does: "hundreds of relatives kept up a sit-in", "thousands had gathered" (the docstring)."""
    m = _crowd_after().match(text, np_end, end)
    if m is None:
        return False
    return bool(m.group("aux")) or not m.group("act").lower().endswith("ing")  # ("12 people attending": a participle)
