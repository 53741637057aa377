"""A date given earlier to an event at a place dates a later claim at the same place.

"On 3 May, shelling hit Kafr Nabl ... The hospital in Kafr Nabl received 40 wounded": when nothing nearer dates a
claim, the day an earlier sentence gave, with "on", to an event at the claim's own place (a town or a site, not a
region or a country) is its date. The document's anchored sentences are found once per document
(document_anchors); extract/dates.py asks place_anchor for a claim after its own sentence and the sentences before
it have said nothing. Moved out of dates.py, unchanged, to keep that module under ~400 lines.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from extract.context import SentenceContext
from extract.dateresolve import EventDate
from extract.places import find_place
from extract.records import Quantity
from extract.rx import lower_pattern, lowered
from extract.writtenplaces import place_key

# What every anchored date ("on May 23", "on 23 May") starts with: the test before _hits in document_anchors.
_ON_DATE = re.compile(r"\bon\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
# The same over the lower-cased sentence (extract/rx.py lower_pattern), its "\\b" after the "o" as a look-behind:
# then the "o" is the pattern's literal first character, which re finds fast.
_ON_DATE_LOW = re.compile(r"o(?<!\wo)" + lower_pattern(_ON_DATE).pattern[len(r"\bo"):])
# _ON_DATE without its "\\b": over the whole document it matches wherever _ON_DATE does in a sentence (a sentence is
# a stretch of the document), and no two of its matches overlap (none starts inside "on", the space or "jan"...),
# so the sentences holding one of its matches include every sentence _ON_DATE matches in.
# (Run over the lower-cased document when that finds the same: then it opens with a literal "on", found fast.)
_ON_DATE_ANYWHERE = re.compile(_ON_DATE.pattern.removeprefix(r"\b"), re.IGNORECASE)
_ON_DATE_ANYWHERE_LOW = lower_pattern(_ON_DATE_ANYWHERE)

def place_anchor(ctx: SentenceContext, q: Quantity) -> EventDate | None:
    """The date given earlier in the document, with "on", to an event at the claim's own place(s).

    The document's anchors come first: with none before the claim's sentence nothing can be found, and the
    claim's place is not asked for here (the place stage asks for it after)."""
    anchors = document_anchors(ctx.text, ctx.sentences, ctx.published)
    if not anchors or anchors[0][0] > ctx.start:
        return None
    where = find_place(ctx, q)
    if where is None or where.precision in (None, "admin1", "country"):
        return None
    key = place_key(where.written)
    if not key:
        return None
    for end, places, when in anchors:
        if end > ctx.start:
            break
        if key <= places:
            return when
    return None


@lru_cache(maxsize=32)
def document_anchors(text: str, sentences: tuple[tuple[int, int], ...], pub: date | None
             ) -> tuple[tuple[int, frozenset[str], EventDate], ...]:
    """Per document: the sentences that date an event with "on <date>", with the towns they name.

    Only the sentences where _ON_DATE_ANYWHERE, run once over the document, finds "on <digit|month>" are
    tested: every sentence the per-sentence test passes is one of them."""
    from extract.dates import _hits  # (dates.py imports this module)

    out = []
    starts = [s for s, _ in sentences]
    low_text = lowered(text)
    on_dates = _ON_DATE_ANYWHERE_LOW.finditer(low_text) if low_text is not None else _ON_DATE_ANYWHERE.finditer(text)
    found = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in on_dates})
    for i in found:
        if i < 0:
            continue  # before the first sentence
        s, e = sentences[i]
        sentence = text[s:e]
        low = lowered(sentence)
        if not (_ON_DATE_LOW.search(low) if low is not None else _ON_DATE.search(sentence)):
            continue  # no "on <month|day>": no anchored date in this sentence (a cheap test first)
        for h in _hits(sentence, pub):
            if h.anchored and h.kind == "explicit" and h.date is not None:
                places = place_key(sentence)
                if places:
                    out.append((e, places, h.date))
                break
    return tuple(out)
