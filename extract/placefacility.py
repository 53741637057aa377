"""A place the gazetteer lacks, named after a facility that stands there: "the oil field at Obole", "the army
base at Kamina", "the refinery in Baiji", "a camp outside Dadaab", "the mine near Panguna", "our clinic at Burnt
Forest" (a clinic counting the hurt it treated where it stands).

The facility's preposition says the name after it is where the facility is: a town or a village of its own
(for extract/placenames.py, which keeps it as written, without coordinates). A month, a weekday or a
capitalised common word after it ("the camp at Christmas", "the market on Sunday") is no place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.gazetteer import Mention

# The facility's noun, the word just before the preposition ("oil field" and "gas field" end with "field").
_FACILITY = frozenset("""field fields oilfield oilfields camp camps base bases mine mines refinery refineries factory
    factories plant port market checkpoint bridge barracks garrison outpost airstrip depot prison compound clinic
    clinics plantation plantations farm farms airfield airbase quarry""".split())
FACILITY_NOUNS = _FACILITY  # (extract/placeheads.py: a heading ending with one names a site)
_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}(?![\w'’-])")
# A preposition of place (with its spaces) before a capital: where a facility's place may be named.
_PREPOSITIONS = (" at ", " in ", " near ", " outside ")
# Each of _PREPOSITIONS (less its last blank, so that "camp in at X" finds " at " after " in ") before a character
# that may be a capital: not a small ASCII letter, a digit or a blank, none of which is upper-case. One scan finds
# the places a capital may follow a preposition, which str.isupper then decides, as the loop over str.find did.
_BEFORE_CAPITAL = re.compile(" (?:" + "|".join(p.strip() for p in _PREPOSITIONS) + r")(?= [^a-z0-9\s])")
_NOT_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Christmas Easter Ramadan The A An This That Their Its His Her
    Our Some Several Two Three Four Five""".split())


def facility_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each name a facility is said to stand at ("the oil field at Obole")."""
    return [(s, e, "village") for s, e, _ in _facility_names(text)]


@lru_cache(maxsize=64)
def _facility_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, the facility's noun) of each name a facility is said to stand at. Each preposition before a
    capital is a candidate (_BEFORE_CAPITAL); the word before it must be a facility's noun."""
    out = []
    for p in _BEFORE_CAPITAL.finditer(text):
        i, after = p.start(), p.end() + 1
        if text[after : after + 1].isupper():
            before = text[max(0, i - 15) : i].rsplit(None, 1)
            if before and before[-1] in _FACILITY:
                name = _NAME.match(text, after)
                if name is not None and name.group().split()[0] not in _NOT_NAMES:
                    out.append((name.start(), name.end(), before[-1]))
    return tuple(sorted(out))


# "in the plantation", "inside the camp", "at the base": the facility named before, by its noun alone.
_BACK_PREPOSITIONS = r"(?:in|at|into|inside|around|near|outside|from|on)"


def facility_back(text: str, sentence: str, start: int, mentions: tuple[Mention, ...]) -> Mention | None:
    """For a sentence (at offset `start`) that names no place but "in/at ... the <facility noun>" ("found 245 enemy
    dead in the plantation"): the place that facility was said to stand at earlier ("the rubber plantation at Long
    Tan"), when the text named one such place for that noun before the sentence; else None. A substring test of
    each of the document's facility nouns first (most documents have none)."""
    names = _facility_names(text)
    if not names:
        return None
    for noun in {noun for s, _, noun in names if s < start and "the " + noun in sentence}:
        if re.search(r"\b" + _BACK_PREPOSITIONS + r"\s+the\s+(?:[a-z]+\s+)?" + noun
                     + r"\b(?!\s+(?:at|in|near|of|outside)\s+[A-Z])", sentence) is None:
            continue  # ("the plantation at X" names a place of its own)
        spans = [(s, e) for s, e, n in names if n == noun and s < start]
        if len({text[s:e] for s, e in spans}) != 1:
            continue  # two plantations named before: which one is not said
        for m in mentions:
            if (m.start, m.end) in spans:
                return m
    return None
