"""A headline's toll is told again in the body: whose dead they are is read there (extract/claims.py).

"Sieges enter third day as toll passes 119" names no victims, and nothing in the headline says who they are; the
body's "at least 119 people had been killed and 288 wounded across the city" does. A headline count of killed or
wounded people whose side is left `unknown` takes the side of the first body claim of the same measure and value
whose side is known. Only unidentified people ("people"): a headline that names them ("three soldiers") keeps its own.

A rival figure for a toll already told ("A local paper put the toll lower, at about 70", "gave a higher toll of 90")
counts the same dead as that toll: left `unknown`, it takes the side of the nearest earlier claim of its measure
and unidentified people (`sides_of_rivals`).
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


_RIVAL = ("lower", "higher")  # words of a figure set against one already told (a cheap test of the sentence)
_TOLL = ("toll", "dead", "figure", "count")


def sides_of_rivals(claims: list[Claim]) -> None:
    """Give each toll of unidentified people left `unknown` that is told as a lower or higher figure than one
    before it ("put the island toll lower, at around 70") the side of the nearest earlier claim of its measure
    and unidentified people (in place)."""
    for i, c in enumerate(claims):
        if c.side != "unknown" or c.measure not in _HARM or c.subject != "people" or i == 0:
            continue
        low = c.sentence.lower()
        if not any(w in low for w in _RIVAL) or not any(w in low for w in _TOLL):
            continue
        for before in reversed(claims[:i]):
            if before.measure == c.measure and before.subject == "people" and before.sentence != c.sentence:
                c.side = before.side
                break
