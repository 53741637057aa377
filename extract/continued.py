"""A count that goes on with a speaker's account across a clause break of the same sentence.

"Relief agencies say some 60,000 people fled; by December 10, 14,000 were still sleeping in church shelters."
"Since May 19, the spokesman said, 212 rebels have been killed, while 21 soldiers and seven police officers have
died." After ";" (or ", while"), a clause whose subject is a bare count ("14,000 were …", "21 soldiers … have died"),
maybe after a fronted time phrase, has no speaker of its own: it goes on with the speaker's figures, as a sentence
"Another 40 were hurt." goes on with the one before it (extract/carry.py). A clause with a subject of its own
("; the rebels destroyed 28 buildings", ", while fighting continued") is cut off as before (extract/cuescope.py).
"""

from __future__ import annotations

import re

from extract.qualifierwords import qualifier_pattern

_QUAL = r"(?:" + qualifier_pattern() + r"\s+)*"  # (extract/qualifierwords.py)
_COUNT = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
# The break right before the count: "; by December 10, ", ", while ", ", while 21 soldiers and ".
_BREAK_THEN_COUNT = re.compile(rf"(?:;|,\s*(?:while|whereas))\s*(?:(?:by|as\s+of|since|until|on|in|at)\s+[^,;]{{1,40}},\s*)?"
                               rf"{_QUAL}(?:{_COUNT}\s+(?:[a-z]+\s+){{0,2}}and\s+{_QUAL})?$", re.I)
# The count is the subject: "14,000 were still sleeping", "21 soldiers and seven police officers have died".
_COUNT_VERB_AFTER = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,6}?(?:were|was|are|is|had|have|has|remain(?:ed)?|died)\b")


def continued_break(sentence: str, cue_end: int, pos: int, end: int) -> int:
    """Where the break stands (an offset into the sentence) when the count at sentence[pos:end] opens a clause
    that goes on with the speech of a cue ending at `cue_end` (see the module's doc); -1 otherwise."""
    if ";" not in sentence[cue_end:pos] and "while" not in sentence[cue_end:pos] and "whereas" not in sentence[cue_end:pos]:
        return -1
    m = _BREAK_THEN_COUNT.search(sentence, cue_end, pos)
    if not m or not _COUNT_VERB_AFTER.match(sentence, end):
        return -1
    return m.start()
