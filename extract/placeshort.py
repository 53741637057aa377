"""A town's spelling that is the short form of a place the document names in full (for extract/placementions.py).

"troops fired on a crowd in the Jallianwala Bagh, a walled garden in Amritsar ... Dyer brought 90 soldiers into the
Bagh": the gazetteer knows a town "Bagh", but a town takes no article, and the document has named a place the text
itself calls a place (extract/placenames.py) whose name ends in that word. The short form after "the" is that
place, and is written in full (extract/placeextent.py). So is a small namesake of the world gazetteer in another
country than every other place of the report (extract/worldtowns.py, extract/namesakes.py) that begins such a
name: "an operation in Tivoli Gardens ... People in Tivoli say" is the neighbourhood, not the Italian town (a town
of the report's own country keeps its own place: "Shopian district" ... "in Shopian").
"""

from __future__ import annotations

from extract.gazetteer import Mention, gazetteer
from extract.placefold import key_of


def short_forms(text: str, found: list[Mention]) -> list[Mention]:
    """`found` with each gazetteer town written after "the" that ends the name of a place the text names (one
    without a country: placenames.py) replaced by that place (module doc)."""
    full = {m.place.name: m.place for m in found if not m.place.country and " " in (m.place.name or "")}
    if not full:
        return found
    out = []
    for m in found:
        if m.place.country and m.place.precision not in ("country", "admin1"):
            word = text[m.start : m.end]
            if text.endswith(("the ", "The "), m.start - 4 if m.start > 4 else 0, m.start):
                longer = [p for name, p in full.items() if name.endswith(" " + word)]
            elif _far_namesake(text, m, found):
                longer = [p for name, p in full.items() if name.startswith(word + " ")]
            else:
                longer = []
            if len(longer) == 1:
                m = Mention(m.start, m.end, longer[0])
        out.append(m)
    return out


def _far_namesake(text: str, m: Mention, found: list[Mention]) -> bool:
    """Whether the mention is a small world town (under SMALL_TOWN people: extract/namesakes.py) of another country
    than every other place the document names: a namesake, not a place of the report."""
    from extract.namesakes import SMALL_TOWN  # (namesakes imports placeextent, which imports this module)

    p = m.place
    if (p.population or 0) >= SMALL_TOWN or gazetteer().world.get(key_of(p.name or "")) is not p:
        return False
    others = {o.place.country for o in found if o.place.country and o.place.name != p.name}
    return bool(others) and p.country not in others


def written_in_full(text: str, m: Mention) -> str | None:
    """The full name a short form stands for (short_forms), or None when the mention is written as its place."""
    name = m.place.name
    word = text[m.start : m.end]
    if m.place.country or not name or len(name) <= len(word) \
            or not (name.endswith(" " + word) or name.startswith(word + " ")):
        return None
    return name
