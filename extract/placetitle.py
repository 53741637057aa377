"""The district a report's title names, for a count of its story that names no place (for extract/places.py).

A report headed with a district ("One year on: the Vedeno district counts its losses", "Kayin district: six months
of shelling") is about that district: a count further down that names no place and finds none in the sentences
around it ("Of about 1,200 people seized, most have been exchanged") is the district's. Only a district (a named
area that holds the story's villages): a town in a title is often only where the story starts (held-out reports
titled with a town give its town to counts that belong elsewhere or nowhere: tried, 17 right and 13 wrong); a
country or a region says less than nothing does. Not a title that names two places, and not a count of a sentence
that is its own story (a total over a period, an event of another year: extract/placescope.py).

A situation report is the exception: one headed with a town ("Health Cluster Situation Update No. 9: Misrata, 21
April 2011", "Flash Update 3: Goma") covers that town, and its key figures and overview name it no more.
"""

from __future__ import annotations

from functools import lru_cache

from extract.gazetteer import Mention
from extract.placetold import event_mentions

_DISTRICTS = frozenset(("district",))  # (not a town, a village or a site: module doc)
_TOWNS = frozenset(("district", "city", "town", "village"))  # (in a situation report's title: module doc)
# The words that title a situation report (lower-cased; the title is looked at lower-cased).
_SITREP_WORDS = ("situation update", "situation report", "flash update", "sitrep")


@lru_cache(maxsize=32)
def title_place(text: str) -> Mention | None:
    """The one district the first line of `text` names (or town, in a situation report's), else None (module doc)."""
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    end = len(text) if end < 0 else end
    kinds = _TOWNS if any(w in text[stripped:end].lower() for w in _SITREP_WORDS) else _DISTRICTS
    found = [m for m in event_mentions(text) if m.start < end and m.place.precision in kinds]
    names = {m.place.name for m in found}
    return found[0] if len(names) == 1 else None
