"""A short back-reference to a body the document named in full before: "the commission" -> "Truth and
Reconciliation Commission".

extract/attribution.py asks when a claimant is a bare definite noun ("according to the commission", "the
panel found") and no cue in the sentences before names it: the nearest capitalised name ending in that noun
earlier in the document is the body meant ("It is two decades since Peru's Truth and Reconciliation Commission
handed its report …. In its twelve volumes the commission estimated …"). Only nouns that close the names of
bodies of inquiry, and "the museum" (the museum a speaker's tag named, "[NAME, Harbour War Museum] The museum has
documented …"): "the army" or "the ministry" may mean a state's own, not the last one named.

The same for a capitalised short form of a movement's or party's name ("the Front" after "the National Salvation
Front", "the Movement", "the Alliance"): written with its capital, the noun alone names that body
(`proper_short_name`; lower case, "the front", is a battle line).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.lexicon import clean_name

__all__ = ["BACKREF_NOUNS", "full_name_before", "proper_short_name"]

BACKREF_NOUNS = frozenset(("commission", "committee", "council", "panel", "tribunal", "inquiry", "observatory", "museum"))
_POSSESSOR = re.compile(r"^.*['’]s\s+")
_OPENERS = frozenset(("The", "A", "An", "In", "On", "At", "It", "Its", "Since", "After", "Before", "When", "But", "And"))


@lru_cache(maxsize=256)  # one document and noun asked for every claim that names the body so
def _full_names(text: str, noun: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of every capitalised name of two or more words ending in `noun` (capitalised) in `text`."""
    pattern = re.compile(rf"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on|the|de|&)\s+)*){{1,6}}{noun.capitalize()}\b")
    out = []
    for m in pattern.finditer(text):
        words = _POSSESSOR.sub("", m.group(0)).split()
        while words and words[0] in _OPENERS:
            words = words[1:]  # "In Truth Commission …", "The Truth Commission": not part of the name
        if len(words) >= 2:
            out.append((m.start(), clean_name(" ".join(words))))
    return tuple(out)


def full_name_before(text: str, before: int, noun: str) -> str | None:
    """The nearest full name ending in `noun` ("commission") named in `text` before offset `before`, if any."""
    key = noun.casefold()
    if key not in BACKREF_NOUNS:
        return None
    found = [name for at, name in _full_names(text, key) if at < before]
    return found[-1] if found else None


# Nouns closing the names of movements and parties, whose capitalised short form names the body alone.
_PROPER_SHORT = frozenset(("front", "movement", "alliance", "congress", "party", "union", "coalition"))


def proper_short_name(text: str, before: int, name: str) -> str | None:
    """The full name ("National Salvation Front") named in `text` before offset `before` of which `name`, a
    capitalised noun alone ("Front", "the Front"), is the short form; None otherwise."""
    bare = name[4:] if name[:4].casefold() == "the " else name
    if not bare[:1].isupper() or " " in bare or bare.casefold() not in _PROPER_SHORT:
        return None
    found = [full for at, full in _full_names(text, bare.casefold()) if at < before]
    return found[-1] if found else None
