"""What stands right before (or after) a verb of saying that makes it no cue: the small patterns extract/cues.py
tests a verb's surroundings with ("an estimated 300", "could not independently verify", "the figure most often
cited", "Ahmed Said, a farmer, said").
"""

from __future__ import annotations

import re

from extract.rx import guarded

# Tests on what stands right before a position (searched with endpos, so "$" is that position).
_ADJECTIVE_USE = guarded(r"\b(?:an|a|the|some|its)\s*$", re.I)
_NEGATED = guarded(r"\b(?:not|never|unable\s+to|no\s+way\s+to)\s+(?:(?:independently|immediately|yet|be|been|able\s+to)\s+)*$",
                   re.I)
_ADVERB_BEFORE = guarded(r"\b(?:often|widely|commonly|frequently|usually|generally)\s*$", re.I)
_PARTICIPLE_AT = re.compile(r"\s+at\b")
_NAME_LAST = guarded(r"\b[A-Z][\w'’-]*\s+$")
# A lower-case word right before (not a Title Case headline's "Army Says …"), a capitalised word right after.
_LOWER_WORD_LAST = guarded(r"\b[a-z][\w'’-]*\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")
