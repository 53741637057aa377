"""A limit or allowance a treaty or law sets is not a force in the field.

"The treaty capped each side at 1,550 deployed warheads and 700 deployed missiles and bombers" states what
each side may hold, not what was deployed anywhere: numbers a treaty, agreement or law caps, limits, sets
a ceiling on or allows are no forces claim (extract/nonclaims.py `peacetime` asks this for forces). Two
things must stand in the sentence: a word of such an instrument ("treaty", "accord", "agreement", "law"…)
and a word of limiting before the number in its clause ("capped … at", "limits … to", "a ceiling of",
"allows up to"). A sentence with only one of them keeps its forces ("The offensive was capped by the
arrival of 700 troops", "Under the agreement, the army deployed 700 troops").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.wordset import words_of

# What sets a limit: a treaty, an agreement, a law.
INSTRUMENT_WORDS = frozenset("treaty treaties accord accords agreement agreements pact convention law laws "
                             "legislation protocol".split())
# Words that limit or allow what follows them (the cheap test before LIMIT_BEFORE).
LIMIT_WORDS = frozenset("cap caps capped capping limit limits limited limiting ceiling ceilings allow allows allowed "
                        "permit permits permitted restrict restricts restricted".split())
# A limiting word, then words of its clause, then "at", "to" or "of" and a number, and the rest of the clause up to
# the number asked about: "capped each side at 1,550 … and 700", "limits them to 800", "a ceiling of 100,000
# troops", "allowed up to 18" (no clause break between: "capped their advance at the river, and 900 fighters"
# names no number after "at", and is no limit).
_BREAK = r"(?![;:]|,\s*(?:but|while|when|as|after|before|although|though|and\s+then)\b)"
LIMIT_BEFORE = re.compile(
    r"\b(?:cap(?:s|ped|ping)?|limit(?:s|ed|ing)?|ceilings?|allow(?:s|ed)?|permit(?:s|ted)?|restrict(?:s|ed)?)\b"
    r"(?:" + _BREAK + r"[^.!?])*?"
    r"\b(?:at|to|of)\s+(?:(?:about|around|some|roughly|no\s+more\s+than|up\s+to|a\s+maximum\s+of)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a\s+hundred|"
    r"a\s+thousand|several|hundreds|thousands)\b)"
    r"(?:" + _BREAK + r"[^.!?])*\Z",
    re.IGNORECASE,
)


def set_as_limit(ctx: SentenceContext, at: int) -> bool:
    """Whether the number at document offset `at` is a limit a treaty or law sets (see the module)."""
    words = words_of(ctx.sentence)
    if INSTRUMENT_WORDS.isdisjoint(words) or LIMIT_WORDS.isdisjoint(words):
        return False  # (a test of the sentence's words first)
    return LIMIT_BEFORE.search(ctx.text, ctx.start, at) is not None
