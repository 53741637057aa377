"""A list of the kinds of source nobody in which gives a figure names no claimant (for extract/cues.py).

"We found no source - official, hospital or local - that gives a figure of 55": "hospital or local" is what the
writer looked at and did not find, not who gives the 55 (extract/stance.py reads the sentence as the writer's doubt).
A name is dropped only when it stands in such a list opened by "no source(s)"/"no record(s)" and a dash, comma or
bracket: "No source named the dead, but the police said 9 …" keeps the police.
"""

from __future__ import annotations

import re

# "no source - official, ": the text before a name that stands in the list of kinds after "no source"
_NO_SOURCE_LIST = re.compile(r"\bno\s+(?:other\s+|single\s+|independent\s+)?(?:sources?|records?)\s*[–—(,-]\s*"
                             r"(?:[^–—.;()\n]{0,50}?,\s*)?\Z", re.I)


def in_no_source_list(sentence: str, at: int) -> bool:
    """Whether the name starting at sentence[at] is one of the kinds listed after "no source"."""
    return at > 0 and _NO_SOURCE_LIST.search(sentence, max(0, at - 70), at) is not None
