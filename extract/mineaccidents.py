"""Landmine accidents counted by a report of mines left by a war: incidents of the war's munitions.

"The survey recorded 41 mine accidents in 2000", "Mine-action survey: 41 accidents recorded": where a report
speaks of landmines and their clearance, a count of mine accidents counts blasts of the war's mines (measure
attacks, subject "mine accident"; side unknown: the mines' layers are not told). The word "accident" is
otherwise one of peace ([cues] non_conflict, mishaps: "41 mine accidents" in a coal field are no claim), so the
document must speak of landmines or demining (`_LANDMINE`), and the number must count the accidents themselves:
"the 12 people killed in mine accidents" count people (other rules).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity

_ACCIDENTS = re.compile(r"\s+(?:(?:land)?mine(?:-related)?\s+)?(?:accidents|incidents|accident|incident)\b", re.IGNORECASE)
_MINE_HERE = re.compile(r"\b(?:land)?mines?\b|\bmine-action\b|\bdemining\b", re.IGNORECASE)
_LANDMINE = re.compile(r"\b(?:landmines?|land\s+mines?|demining|deminers?|mine\s+clearance|mine-action|mine\s+action|"
                       r"anti-personnel\s+mines?|minefields?)\b", re.IGNORECASE)


def mine_accidents(ctx: SentenceContext, q: Quantity) -> tuple[str, str, str] | None:
    """("attacks", "mine accident", "unknown") when the number counts mine accidents in a report of landmines."""
    m = _ACCIDENTS.match(ctx.text, q.char_end, ctx.end)
    if m is None or _MINE_HERE.search(ctx.sentence) is None or _LANDMINE.search(ctx.text) is None:
        return None
    return "attacks", "mine accident", "unknown"
