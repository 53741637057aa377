"""An absolute clause giving a speaker's figure: "Hundreds of schools have been burned, the education ministry
putting the figure at 526, and …".

The participle ("putting", "giving", "estimating") has its own subject, the speaker of the figure in its clause
(GUIDELINES.md: several sources, the first named — and a source covers only its own clause): 526 is the
ministry's. The clause also ends the reach of a closing "…, according to X" back over the sentence: "Hundreds"
before it stays the writer's (extract/cuescope.py).
"""

from __future__ import annotations

import re

ABSOLUTE_VERBS = frozenset(("putting", "giving", "estimating", "placing"))
_ABSOLUTE = re.compile(r",\s+(?P<np>(?:the\s+|its\s+|their\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+"
                       r"(?P<verb>" + "|".join(sorted(ABSOLUTE_VERBS)) + r")\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
                       r"(?:figure|toll|number|count|total|tally|estimate)\s+(?:at|as)\b")


def absolute_cues(sentence: str) -> list[tuple[str, int, int, str]]:
    """(name as written, start, end, verb) of each absolute clause giving a figure in the sentence."""
    out = []
    for m in _ABSOLUTE.finditer(sentence):
        np = m.group("np")
        if np.split()[0].casefold() in ("and", "but", "while", "with", "which", "who"):
            continue  # ", and putting …", ", with …": not a subject of its own
        out.append((np, m.start("np"), m.end(), m.group("verb")))
    return out
