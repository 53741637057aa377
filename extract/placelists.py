"""A list of places written with commas and a last "and" ("over Soyapango, Zacamil and Mejicanos", "in Homs,
Hama and Idlib"): the place of the claim is the whole list, as written (GUIDELINES: "Jableh and Tartous").

extract/places.py joins a partner after "and" itself; this module reaches across the commas. The names between
the first and the last may be towns the gazetteer lacks (capitalised words); the last must be a mention of the
same rank as the first, so that "in Aleppo, Syria's second city, and ..." or "in Kabul, Afghanistan" are not
lists, unless a plural kind before the first says all are places ("the municipalities of Nebaj, Chajul and
Cotzal"). A cheap test first: the character after the first place is a comma.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from extract.gazetteer import RANK, Mention

_START = attrgetter("start")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)?"
_LIST_GAP = re.compile(r"(?:,\s+" + _NAME + r"){1,4},?\s+and\s+")


# A plural kind before the list says every name in it is a place, known or not: "the municipalities of Nebaj,
# Chajul and Cotzal", "the villages of Kfar Kila, Odaisseh and Taybeh".
_KINDS_BEFORE = re.compile(r"\b(?:municipalities|towns|villages|cities|districts|provinces|regions|neighbou?rhoods"
                           r"|suburbs|camps|settlements|communes|departments)\s+of\s+(?:the\s+)?$")
_LAST_NAME = re.compile(_NAME + r"(?![\w'’-])")


def list_end(text: str, start: int, end: int, after: list[Mention] | tuple[Mention, ...], rank: int) -> int:
    """The end of a list of places that starts with the place at [start, end) (the mentions `after` follow it in
    text order), or `end` when no list follows."""
    if not text.startswith(",", end):
        return end
    gap = _LIST_GAP.match(text, end)
    if gap is None:
        return end
    for other in after:
        if other.start == gap.end() and RANK[other.place.precision] == rank:
            return other.end
        if other.start > gap.end():
            break
    if _KINDS_BEFORE.search(text, max(0, start - 40), start):
        last = _LAST_NAME.match(text, gap.end())
        if last is not None:
            return last.end()
    return end


def list_start(text: str, start: int, end: int, mentions: tuple[Mention, ...] | list[Mention], k: int,
               rank: int) -> int:
    """The start of a list of places that the place mentions[k] (joined so far as [start, end)) ends or is inside
    of ("Chajul" in "Nebaj, Chajul and Cotzal"), or `start` when it opens none."""
    for j in range(max(0, k - 5), k):
        other = mentions[j]
        if RANK[other.place.precision] == rank and text.startswith(",", other.end) \
                and list_end(text, other.start, other.end, mentions[j + 1 : j + 7], rank) >= end:
            return other.start
    return start


# The names of a list a plural kind introduces ("the municipalities of Nebaj, Chajul and Cotzal"), each a place of
# that kind: the rank each kind gives its names.
_KIND_RANK = {"municipalities": "village", "towns": "village", "villages": "village", "cities": "city",
              "districts": "district", "neighbourhoods": "district", "neighborhoods": "district", "suburbs": "district",
              "camps": "site", "settlements": "village", "communes": "village", "provinces": "admin1",
              "regions": "admin1", "departments": "admin1"}
_NAMES_AFTER = re.compile(r"(?:the\s+)?(" + _NAME + r"(?:,\s+" + _NAME + r"){0,5},?\s+and\s+" + _NAME
                          + r")(?![\w'’-])")
_ONE_NAME = re.compile(_NAME)


def kind_list_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, precision) of each name in a list a plural kind introduces ("the villages of Kidal, Tessalit and
    Aguelhok"), for extract/placenames.py: the text says they are places, so each is one wherever it is named.
    Grouped by kind (in _KIND_RANK's order), each kind's lists in text order (_kind_offsets)."""
    out: list[tuple[int, int, str]] = []
    for kind, i in _kind_offsets(text):
        names = _NAMES_AFTER.match(text, i + len(kind) + 4)
        if names is not None:
            for n in _ONE_NAME.finditer(text, names.start(1), names.end(1)):
                if n.group() not in ("and",):
                    out.append((n.start(), n.end(), _KIND_RANK[kind]))
    return out


_KIND_ORDER = {kind: k for k, kind in enumerate(_KIND_RANK)}


def _kind_offsets(text: str) -> list[tuple[str, int]]:
    """(kind, offset) of every "<kind> of " in `text` (as text.find(kind + " of ") finds them, no word boundary
    asked), sorted by the kind's place in _KIND_RANK, then by offset.

    Every kind ends in "s" and none ends another, so each "s of " is the end of at most one kind: one str.find
    loop for "s of " (most documents have a few or none) replaces a search of the whole text for each kind."""
    found = []
    i = text.find("s of ")
    while i >= 0:
        for kind in _KIND_RANK:
            if text.endswith(kind, 0, i + 1):
                found.append((_KIND_ORDER[kind], i + 1 - len(kind), kind))
                break
        i = text.find("s of ", i + 1)
    found.sort()
    return [(kind, j) for _, j, kind in found]


# "the three municipalities", "the two towns", "both villages": the list of that many places named before.
_COUNTED = re.compile(r"\b(?:the\s+(?P<n>two|three|four|five|six)|(?P<both>both))\s+(?:" + "|".join(_KIND_RANK)
                      + r"|towns|cities|villages)\b", re.IGNORECASE)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def counted_list(text: str, sentence: str, sentence_start: int,
                 mentions: tuple[Mention, ...] | list[Mention]) -> Mention | None:
    """For a sentence that names places by their count ("83 massacres in the three municipalities"), the first
    mention of the nearest list of that many places before it ("the municipalities of Nebaj, Chajul and
    Cotzal"); None when it names none so or no such list comes before. Cheap tests first: "the " and "both"."""
    if "the " not in sentence and "both" not in sentence.lower():
        return None
    c = _COUNTED.search(sentence)
    if c is None:
        return None
    want = _COUNT[c.group("n").lower()] if c.group("n") else 2
    before = [m for m in mentions if m.end <= sentence_start]
    for j in range(len(before) - 1, -1, -1):
        m = before[j]
        rank = RANK[m.place.precision]
        end = list_end(text, m.start, m.end, before[j + 1 : j + 7], rank)
        if end == m.end and want == 2:
            nxt = before[j + 1 : j + 2]
            if nxt and 0 < nxt[0].start - m.end <= 7 and text[m.end : nxt[0].start].strip() == "and":
                end = nxt[0].end
        if end > m.end and len(_ITEM_SPLIT.split(text[m.start : end])) == want:
            if j > 0 and list_end(text, before[j - 1].start, before[j - 1].end, before[j : j + 7], rank) >= end:
                continue  # inside a longer list: its first mention comes earlier
            return m
    return None


def inside_list(text: str, mentions: tuple[Mention, ...] | list[Mention], m: Mention) -> bool:
    """Whether the mention `m` (one of `mentions`, in text order) is a later member of a list of places another mention opens ("Manica" in "our
    correspondents in Sofala, Manica and Zambezia"): lent to another sentence, it is not that sentence's place on
    its own (extract/places.py lends the list's first member, which as_place widens to the list). A cheap test
    first: a comma or "and" just before it."""
    if not (text.startswith(", ", m.start - 2) or text.startswith("and ", m.start - 4)):
        return False
    k = bisect.bisect_left(mentions, m.start, key=_START)
    for j in range(max(0, k - 5), k):
        other = mentions[j]
        if text.startswith(",", other.end) and list_end(text, other.start, other.end, mentions[j + 1 : j + 7],
                                                         RANK[other.place.precision]) >= m.end:
            return True
    return False
