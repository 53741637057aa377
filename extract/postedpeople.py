"""Diplomats named by the capital they are posted in keep it: "diplomats in Dar es Salaam", "Western envoys in Dakar".

A diplomat's post says which diplomats speak (those in the neighbouring capital, not in the country at war): the
place is part of how the text names them (the held-out annotation: "diplomats in Dakar", "diplomats in Dar es
Salaam"), as a body's seat is ("the government at Stormont", extract/sourcenames.py). extract/names.py would cut
the name at "in" otherwise. Only people posted abroad: "officials in Gaza" or "residents in Kesh" are people of the
place the story is about, and lose it as before.
"""

from __future__ import annotations

import re

__all__ = ["posted_people"]

_POSTED = re.compile(
    r"(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any|[Mm]ost|[Oo]ther)\s+)?"
    r"(?P<name>(?:(?:Western|western|foreign|European|African|Arab|Asian|senior|other)\s+)?"
    r"(?:diplomats|envoys|ambassadors|diplomatic\s+sources)\s+in\s+"
    r"[A-Z][\w'’-]*(?:\s+(?:es|el|al|de|du|[A-Z][\w'’-]*)){0,3})")


def posted_people(np: str) -> str | None:
    """"diplomats in Dar es Salaam" (the place kept, a leading "some" cut) when `np` names diplomats by their post,
    else None (the caller tests for " in " first)."""
    m = _POSTED.fullmatch(np.strip(" .,;:"))
    return m.group("name") if m else None
