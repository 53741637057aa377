"""A headline's toll is told again in the body: whose dead they are is read there (extract/claims.py).

"Sieges enter third day as toll passes 119" names no victims, and nothing in the headline says who they are; the
body's "at least 119 people had been killed and 288 wounded across the city" does. A headline count of killed or
wounded people whose side is left `unknown` takes the side of the first body claim of the same measure and value
whose side is known. Only unidentified people ("people"): a headline that names them ("three soldiers") keeps its own.
"""

from __future__ import annotations

from extract.records import Claim

_HARM = frozenset({"killed", "wounded"})


def sides_from_body(claims: list[Claim]) -> None:
    """Give each headline toll of unidentified people with side `unknown` the side of the first body claim of its
    measure and value with a known side (in place)."""
    for i, c in enumerate(claims):
        if c.section != "headline" or c.side != "unknown" or c.measure not in _HARM or c.subject != "people":
            continue
        for later in claims[i + 1 :]:
            if (later.section == "body" and later.measure == c.measure and later.best == c.best
                    and later.side != "unknown"):
                c.side = later.side
                break
