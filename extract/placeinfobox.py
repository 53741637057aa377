"""The place an infobox's label line gives the whole article: "Place: Czechoslovakia", "Location: Mitla Pass, Sinai"
(for extract/places.py).

An encyclopaedia's entry on a war or a battle heads its text with labelled lines ("Date: 20-21 August 1968", "Place:
...", "Belligerents: ..."): the place line says where the whole event was. A claim of the entry that names no place
and borrows none from the sentences around it (a national total, "Soviet losses were 96 dead") is of that place, even
when it is the country the article is about (which alone says no more than no place). Only a label line near the
top (in the first _HEAD_LINES lines), at a line's start; a place the gazetteer lacks is kept as written (a country of
the past, "Czechoslovakia", or a pass), when the value is a capitalised name and nothing else; a line
"Location:" in a list of incidents further down labels its own item, not the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.gazetteer import GazPlace, Mention
from extract.placetold import event_mentions

_LABEL = re.compile(r"^[ \t]*(?:Place|Location)[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.MULTILINE)
# A value the gazetteer lacks, kept as written when it is a name: "Czechoslovakia", "Mitla Pass" (up to a comma or a
# bracket: "Czechoslovakia (no armed resistance)").
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?=[ \t]*(?:[,;(]|$))", re.MULTILINE)
_HEAD_LINES = 12  # lines of the head an infobox stands in
_HEAD_CHARS = 1500  # and its characters at most (a cheap test first looks only there)


@lru_cache(maxsize=64)
def infobox_place(text: str) -> Mention | None:
    """The first place named on an infobox's "Place:" or "Location:" line in the head of `text`, else None. A cheap
    test first: "Place" or "Location:" in the head's first characters."""
    head = text[:_HEAD_CHARS]
    if "Place" not in head and "Location:" not in head:
        return None
    head_end = 0
    for _ in range(_HEAD_LINES):
        head_end = text.find("\n", head_end) + 1
        if head_end == 0:
            head_end = len(text)
            break
    m = _LABEL.search(text, 0, min(head_end, _HEAD_CHARS))
    if m is None:
        return None
    s, e = m.span("value")
    for mention in event_mentions(text):
        if mention.start >= e:
            break
        if mention.start >= s:
            return mention
    name = _NAME.match(text, s, e)
    if name is None:
        return None
    return Mention(s, name.end(), GazPlace(name.group(), None, "", None, None, "country"))  # (unresolved)
