"""Speaker labels of a parliamentary record closed by a dash: "Senator GARETH EVANS—The government has seen …",
"Senator BOURNE (New South Wales) (2.31 p.m.)—My question is …", "The PRESIDENT—Order!".

A Hansard prints the speaker's name (surname in capitals, after a title) and a dash with no space, then the
speech, on one line; extract/speakers.py reads these as it reads "Name:" labels. Only lines with at least two
such labels count (a record has several turns), so a dateline's "KYIV—" or a lone dash in a line is none.
"""

from __future__ import annotations

import re

__all__ = ["HANSARD_DASH", "dash_labels"]

HANSARD_DASH = "—"
_REACH = 140  # how far into its line the label's dash may stand (as a colon's, in speakers.py)
# a capital opening the line, no dash or colon before the label's own dash, and the speech right after it
_DASH_LABEL = re.compile(r"[A-Z][^—:\n]{1,%d}—(?=[A-Z\"“‘'])" % _REACH)


def dash_labels(text: str) -> list[tuple[int, int]]:
    """(line start, dash) of each line opening with a label closed by a dash, when the document has two or
    more; [] otherwise."""
    if HANSARD_DASH not in text:
        return []
    out = []
    at = text.find(HANSARD_DASH)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        m = _DASH_LABEL.match(text, start)
        if m and m.end() - 1 == at:
            out.append((start, at))
        nl = text.find("\n", at)
        if nl < 0:
            break
        at = text.find(HANSARD_DASH, nl)  # (one label a line: its first dash)
    return out if len(out) >= 2 else []
