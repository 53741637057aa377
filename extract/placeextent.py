"""A place as the text writes it: how far its words reach around the gazetteer's mention (extract/places.py
picks the mention).

The words that narrow it before it ("near", "outskirts of", "rebel-held", "eastern", "south of") and after it
("city", "camp", "region": a town named with a region word is the region), and partners of the same rank joined
by "and" or in a list ("Jableh and Tartous", "Soyapango, Zacamil and Mejicanos": extract/placelists.py). A place
the gazetteer lacks, named by the text only ("the town of Kuriga"), is written but unresolved.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extract.gazetteer import RANK, Mention
from extract.placelists import list_end, list_start
from extract.placeshort import written_in_full
from extract.rx import guarded


@dataclass(frozen=True, slots=True)
class Place:
    written: str  # as in the text: "Jableh and Tartous", "eastern Aleppo city"
    name: str | None  # canonical gazetteer name of the (first) resolved place
    admin1: str | None  # governorate
    lat: float | None
    lon: float | None
    precision: str | None  # "site", "district", "village", "city", "admin1", "country"; None when unresolved


_DIR = r"(?:north|south|east|west)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|central"
_HELD = r"(?:opposition|rebel|regime|government|ISIS|IS|insurgent|Kurdish|SDF|pro-Assad|loyalist)-(?:held|controlled)"
_PREFIX = guarded(
    r"(?:(?:in and )?near|outskirts of|(?:" + _HELD + r")(?: areas of)?|(?:" + _DIR + r")|besieged"
    r"|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+$",  # ("checkpoints south of Rafah")
    re.IGNORECASE,
)
# How every word _PREFIX can match ends ("near", "outskirts of", "rebel-held", "eastern", "south", "central", ...).
_PREFIX_ENDS = ("near", "of", "held", "controlled", "th", "st", "ern", "central", "besieged")
_SUFFIX = re.compile(r"\s+(?:city|City|district|District|camp|Camp|airbase|Airbase|airport|countryside|storages?"
                     r"|(?P<region>region|Region|province|Province|oblast|Oblast|State|governorate|Governorate))\b")
_JOIN = re.compile(r"(?:\s+(?:town|city|village))?\s*(?:,|and|&)\s*")  # ("fled to Anka town and Bukkuyum")
_GAP = 16  # the longest gap _JOIN takes (" village and ")


def _joined(gap: str) -> bool:
    return 0 < len(gap) <= _GAP and "and" in gap and bool(_JOIN.fullmatch(gap))


def _start_of(m: Mention) -> int:
    return m.start


def as_place(text: str, m: Mention, mentions) -> Place:
    start, end = m.start, m.end
    suf = _SUFFIX.match(text, end)
    precision = m.place.precision
    if suf and precision not in ("site", "district", "admin1", "country"):
        end = suf.end()
        if suf.group("region"):
            precision = "admin1"  # "Odesa region": the region named after the town
    # a partner joined by "and" of the same kind: "Jableh and Tartous"
    k = bisect.bisect_left(mentions, m.start, key=_start_of)
    rank = RANK[m.place.precision]
    for other in mentions[k + 1 : k + 2]:
        # (the gap's length first: a partner is at most _GAP characters away, and a far one needs no slice)
        if 0 < other.start - end <= _GAP and _joined(text[end : other.start]) and RANK[other.place.precision] == rank:
            end = other.end
    end = list_end(text, start, end, mentions[k + 1 : k + 6], rank)  # "Soyapango, Zacamil and Mejicanos"
    start = list_start(text, start, end, mentions, k, rank)  # (placelists.py)
    for other in mentions[max(0, k - 1) : k]:
        if 0 < start - other.end <= _GAP and _joined(text[other.end : start]) and RANK[other.place.precision] == rank:
            start = other.start
    # a site set inside another place ("near Kandari in Upper Swat") is that site: "near" qualifies the pair
    inside = text.startswith(" in ", end) and any(end < o.start <= end + 16 for o in mentions[k + 1 : k + 2])
    while True:
        window = text[max(0, start - 40) : start]
        if not window.rstrip().casefold().endswith(_PREFIX_ENDS):
            break  # every prefix ends with one of these words and then whitespace: no need to search
        pre = _PREFIX.search(text, max(0, start - 40), start)
        if not pre or pre.start() == start or (inside and pre.group().casefold().startswith("near")):
            break
        start = pre.start()
    p = m.place
    if not p.country:  # named by the text only ("the town of Kuriga"): unresolved
        full = written_in_full(text, m)  # "the Bagh" for "the Jallianwala Bagh" (placeshort.py)
        if full is not None:
            return Place(text[start : m.start] + full + text[m.end : end], None, None, None, None, None)
        return Place(text[start:end], None, None, None, None, None)
    return Place(text[start:end], p.canonical, p.admin1, p.lat, p.lon, precision)
