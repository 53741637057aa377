"""A count set between dashes inside a speaker's clause stays the speaker's (for extract/cuescope.py).

"The ministry said 36 rebels and 12 police had been killed - 48 in all - and that …": the aside between the dashes
sums or glosses the count just given, in the same speech, so the dash before it is no scope break for the cue
that reaches the count before it. Only an aside that opens with the number (its qualifiers allowed) and closes
with a second dash within a few words counts: "…, the ministry said - 40 more were found later" (no closing dash)
is the writer's own clause, as before.
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern

_DASHES = frozenset("-–—")
_OPENING = re.compile(r"\s[–—-]\s+(?:" + qualifier_pattern() + r"\s+)*\Z", re.I)
# the closing dash: a few words after the number ("in all", "of them soldiers"), no clause break before it
_CLOSING = re.compile(r"(?:\s+[\w'’%-]+){0,5}?\s[–—-](?:\s|$)")


def in_dash_aside(sentence: str, frm: int, pos: int, end: int) -> int:
    """Where the dash opening an aside that holds sentence[pos:end] stands (-1 if the number is in none);
    sentence[frm:pos] is the gap from the cue to the number."""
    if _DASHES.isdisjoint(sentence[frm:pos]):
        return -1
    m = _OPENING.search(sentence, max(frm, pos - 40), pos)
    if m is None or not _CLOSING.match(sentence, end):
        return -1
    return m.start()
