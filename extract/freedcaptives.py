"""People freed, released or exchanged: a count of captives (the team's reading of GUIDELINES.md, session 14).

GUIDELINES.md counts as captured the people captured, detained, abducted or taken prisoner; a count of prisoners,
hostages or captives "freed", "released" or "exchanged" counts such people ("Troops freed 22 hostages", "Two soldiers
were released unharmed", "swapped 40 prisoners"), so the lexicon's [verbs] free group gives measure captured. Only
people who had been held are meant: captives by their noun, armed men (a soldier "released" was a prisoner), or
anyone where the sentence names captivity ("released 12 villagers it had abducted"); others set free are spared as
before ("the hospital released 40 patients", "freed three people trapped in the rubble"): no claim.
"""

from __future__ import annotations

from functools import lru_cache

from extract.triggers import closing_table
from extract.wordset import words_of


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    """The classes of people freed from captivity by their noun, and the words of captivity."""
    table = closing_table("freed_captives")
    return frozenset(table["classes"]), frozenset(w.lower() for w in table["captivity"])


def freed_captives(cls: str | None, sentence: str) -> bool:
    """Whether people of class `cls` freed in `sentence` had been held (see the module); False: they were spared."""
    classes, captivity = _table()
    return cls in classes or not captivity.isdisjoint(words_of(sentence))
