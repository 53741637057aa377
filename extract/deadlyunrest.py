"""Arrests in a report of deadly unrest that names no war: a claim, as the unrest's toll is.

extract/nonclaims.py `peacetime` drops arrests in a report naming no war and no party to one ("Police arrested 14
people after a brawl", "19 people were arrested" after a riot in which officers were hurt): public order, no claim of
a war. A report of unrest ([cues] unrest: a mob, gangs, ethnic or communal violence, a pogrom) that tells of people
killed by the ten ("At least 30 people were burned to death", "dozens were killed") is another matter: a deadly
riot or massacre is what conflict researchers count (extract/riotharm.py keeps its dead a toll), and the arrests
over it ("Police have arrested 47 people over the fire") are the same event's captured. Only a count of ten or
more dead, in digits or a word of tens or more ("dozens", "scores", "hundreds"), makes the unrest deadly: a single
killing in a brawl or a gang's shooting stays crime news.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.peaceuses import idioms_blanked
from extract.triggers import cue_in

# Ten or more people killed: a count of two digits or more (or a word of tens or more), up to three words, then a
# word of death ("30 people were burned to death", "more than 40 died", "dozens of villagers were hacked to death").
_MANY_DEAD = re.compile(r"\b(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d+|dozens|scores|hundreds|thousands)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:killed|dead|died|massacred|slaughtered|lynched|murdered|(?:burn(?:ed|t)|hacked|beaten|"
                        r"stabbed|shot|stoned|clubbed)\s+to\s+death|burn(?:ed|t)\s+alive)\b", re.IGNORECASE)
# The same told verb first: "the attack, which has killed at least 59 people", "killing more than 40", "massacred
# dozens": the killing verb, an optional word of approximation, then the count (not a share: "killed 12%").
_KILLED_MANY = re.compile(r"\b(?:killed|killing|kills|massacred|massacring)\s+(?:(?:at\s+least|more\s+than|over|about|"
                          r"around|some|nearly|almost|as\s+many\s+as)\s+)?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d+|dozens|"
                          r"scores|hundreds|thousands)\b(?![.,]\d|\s*%|\s+per\s*cent)", re.IGNORECASE)


def _many_dead(text: str) -> bool:
    """Whether the text tells of ten or more people killed, the count before its word of death (`_MANY_DEAD`) or
    after its killing verb (`_KILLED_MANY`)."""
    return _MANY_DEAD.search(text) is not None or _KILLED_MANY.search(text) is not None


@lru_cache(maxsize=16)  # pure on the document; asked for each of its arrests in a report naming no war
def deadly_unrest(text: str) -> bool:
    """Whether the document tells of unrest ([cues] unrest, not only in an idiom of peace) and of ten or more
    people killed (`_many_dead`)."""
    return cue_in("unrest", text) and cue_in("unrest", idioms_blanked(text)) and _many_dead(text)


@lru_cache(maxsize=16)  # pure on the document; asked only for people held "for questioning"
def deadly_attack(text: str) -> bool:
    """Whether the document tells of an act of war ([cues] conflict: an attack, a bombing, gunmen) and of ten or more
    people killed (`_many_dead`): the people then held "for questioning" are the attack's arrests ("An attack on the
    ship killed 17 sailors. ... Police say they have detained about 40 people for questioning"), as a deadly riot's
    are (`deadly_unrest`)."""
    return cue_in("conflict", text) and _many_dead(text)

