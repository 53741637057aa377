"""A town's spelling that is the short form of a place the document names in full (for extract/placementions.py).

"troops fired on a crowd in the Jallianwala Bagh, a walled garden in Amritsar ... Dyer brought 90 soldiers into the
Bagh": the gazetteer knows a town "Bagh", but a town takes no article, and the document has named a place the text
itself calls a place (extract/placenames.py) whose name ends in that word. The short form after "the" is that
place, and is written in full (extract/placeextent.py).
"""

from __future__ import annotations

from extract.gazetteer import Mention


def short_forms(text: str, found: list[Mention]) -> list[Mention]:
    """`found` with each gazetteer town written after "the" that ends the name of a place the text names (one
    without a country: placenames.py) replaced by that place (module doc)."""
    full = {m.place.name: m.place for m in found if not m.place.country and " " in (m.place.name or "")}
    if not full:
        return found
    out = []
    for m in found:
        if m.place.country and m.place.precision not in ("country", "admin1") \
                and text.endswith(("the ", "The "), m.start - 4 if m.start > 4 else 0, m.start):
            word = " " + text[m.start : m.end]
            longer = [p for name, p in full.items() if name.endswith(word)]
            if len(longer) == 1:
                m = Mention(m.start, m.end, longer[0])
        out.append(m)
    return out


def written_in_full(text: str, m: Mention) -> str | None:
    """The full name a short form stands for (short_forms), or None when the mention is written as its place."""
    name = m.place.name
    if m.place.country or not name or len(name) <= m.end - m.start or not name.endswith(" " + text[m.start : m.end]):
        return None
    return name
