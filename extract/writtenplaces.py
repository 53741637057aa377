"""The places a written location names, resolved through the gazetteer (extract/gazetteer.py).

Pure on a string, and cached: extract/dates.py matches an event's place against the towns a dated sentence
names (place_key); scoring compares two spellings of a location (canonical_place: "Tartous and Jableh" is
"Jableh and Tartous"); the warehouse links claims by the places their locations name (resolve_written).
Finding a claim's place in its document is extract/places.py.
"""

from __future__ import annotations

from functools import lru_cache

from extract.gazetteer import RANK, GazPlace, gazetteer


@lru_cache(maxsize=4096)  # pure on the string; asked for a claim's place and for every dated sentence
def place_key(text: str) -> frozenset[str]:
    """The canonical names of the towns and finer places named in `text` (for matching an event's place)."""
    return frozenset(m.place.canonical for m in gazetteer().mentions(text) if RANK[m.place.precision] <= 1)


@lru_cache(maxsize=8192)
def resolve_written(text: str | None) -> tuple[GazPlace, ...]:
    """The most specific places a written location names ("Jableh and Tartous" -> both towns); () if none."""
    if not text:
        return ()
    found = gazetteer().mentions(text)
    if not found:
        return ()
    top = min(RANK[m.place.precision] for m in found)
    seen: dict[str, GazPlace] = {}
    for m in found:
        if RANK[m.place.precision] == top:
            seen.setdefault(m.place.canonical, m.place)
    return tuple(seen.values())


def canonical_place(text: str | None) -> str | None:
    """The canonical name(s) of the place(s) in a written location, for comparing two spellings.

    "eastern Aleppo city" -> "Aleppo"; "Tartous and Jableh" -> "Jablah + Tartus"; None when nothing resolves.
    """
    if not text:
        return None
    names = sorted(p.canonical for p in resolve_written(text))
    return " + ".join(names) if names else None
