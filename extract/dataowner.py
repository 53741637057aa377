"""The owner named inside a noun phrase of figures: "A government estimate put the dead at …", "A Nigerian federal
estimate put …", "An army count gives …".

A count, estimate or tally is someone's: the word before the data noun names whose (GUIDELINES.md: "who makes
the claim, as named"). A level of government written as an adjective ("federal", "provincial") names that
government: "A Nigerian federal estimate" is the Nigerian federal government's. A data noun with nothing before it
that names a body ("the most widely cited tally", "official figures") names nobody, and is left to the caller.
"""

from __future__ import annotations

from extract.lexicon import lookup

__all__ = ["OWNER_ENDS", "data_owner"]

# The data nouns a claimant's phrase may end with ("… estimate put the dead at").
_DATA_NOUNS = frozenset(("estimate", "estimates", "count", "counts", "tally", "tallies", "figure", "figures", "toll"))
# Levels of government written as an adjective: "the federal estimate" is the federal government's.
_LEVELS = frozenset(("federal", "provincial", "central", "municipal", "regional"))
# What a phrase data_owner answers for ends with (the callers' cheap test, str.endswith).
OWNER_ENDS = tuple(sorted(_DATA_NOUNS | _LEVELS))
# Bodies named by a common noun that may own a count ("a government estimate", "an army count").
_BODY_NOUNS = frozenset(("government", "army", "military", "police", "ministry", "regime", "state", "navy"))


def data_owner(name: str) -> str | None:
    """Whose figures a claimant's phrase names: "government estimate" -> "government", "Nigerian federal" (its
    data noun cut already) -> "Nigerian federal government"; None when the phrase names no owner this way."""
    words = name.split()
    if not words:
        return None
    last = words[-1].casefold()
    if last in _DATA_NOUNS and len(words) > 1:
        words = words[:-1]
        last = words[-1].casefold()
        owner = " ".join(words)
        if last in _LEVELS:
            return owner + " government"
        if len(words) == 1 and (last in _BODY_NOUNS or lookup(owner)):
            return owner
        if words[0][:1].isupper() and lookup(owner):
            return owner
        return None
    if last in _LEVELS and len(words) > 1 and words[0][:1].isupper():
        return name + " government"  # ("Nigerian federal": a name's adjectives, the data noun cut before)
    return None
