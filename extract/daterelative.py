"""A date inside an aside about somebody dates what the aside tells, not the count outside it.

"Laskar Jihad, the militia that arrived from Java in May, says it has 3,000 fighters": May is when the militia
arrived; its fighters are counted now. "The Union, which was founded in 2011, says 400 of its members are held".
The aside opens after a comma with "the"/"a"/"an" and a relative word, or with "which"/"who", and closes with a
comma before the number; a count inside it ("the raid, which killed 12 on Monday,") keeps the aside's date.
"""

from __future__ import annotations

import re

_ASIDE_OPEN = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:that|which|who|whose)|which|who|whose)\s",
                         re.IGNORECASE)


def dates_an_aside(sentence: str, hit_start: int, hit_end: int, number_start: int) -> bool:
    """Whether the date at [hit_start, hit_end) stands in an aside (_ASIDE_OPEN ... ",") that closes before the
    number at `number_start` (offsets in the sentence). Substring tests first."""
    if number_start <= hit_end or "," not in sentence[:hit_start]:
        return False
    close = sentence.find(",", hit_end, number_start)
    if close < 0:
        return False
    open_at = sentence.rfind(",", 0, hit_start)
    while 0 < open_at and sentence[open_at - 1 : open_at].isdigit() and sentence[open_at + 1 : open_at + 2].isdigit():
        open_at = sentence.rfind(",", 0, open_at)  # a digit group's comma ("which sent some 4,000 troops in 1973,")
    m = _ASIDE_OPEN.match(sentence, open_at)
    return m is not None and m.end() <= hit_start
