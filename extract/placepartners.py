"""The partner of a known town in "in <Town> and <Name>": a place the gazetteer lacks, joined to one it knows.

"32 people died in Poka and Rumah Tiga over the two days": the gazetteer knows Poka; "Rumah Tiga", joined to it
by "and" after a preposition of place, is a place of the same kind (for extract/placenames.py, kept as written,
without coordinates), so that the two are the claim's place together ("Jableh and Tartous", extract/places.py
joins partners). Only before a comma, a full stop or a word that may follow a place ("over", "on", "since", "last",
"this" ...): in "in Kabul and President Ghani said", the capitalised words are a person.
"""

from __future__ import annotations

import re

from extract.gazetteer import GazPlace, Mention

_PARTNER = re.compile(r" and (?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})(?=[,.;:)]|\s*$|\s+(?:over|on|in|at"
                      r"|since|last|this|after|before|during|were|was|and|between|from|to|late|early|overnight)\b)")
_BEFORE = ("in ", "at ", "near ", "around ", "outside ", "of ")  # the preposition before the known town
_NOT_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December The A An President Prime Minister General Colonel Mr Mrs Ms
    Dr Sir Lord""".split())
_TOWNS = ("village", "city", "district")


def partner_towns(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A mention (the town's precision, no coordinates) of each name joined by "and" to a town already found ("in
    Poka and Rumah Tiga") that no span of `taken` overlaps. A cheap test first: " and " right after the town."""
    out: list[Mention] = []
    for m in found:
        if m.place.precision not in _TOWNS or not text.startswith(" and ", m.end):
            continue
        if not text[max(0, m.start - 8) : m.start].endswith(_BEFORE):
            continue
        p = _PARTNER.match(text, m.end)
        if p is None or p.group("name").split()[0] in _NOT_NAMES:
            continue
        s, e = p.start("name"), p.end("name")
        if not any(a < e and s < b for a, b in taken):
            out.append(Mention(s, e, GazPlace(text[s:e], None, "", None, None, m.place.precision)))
    return out
