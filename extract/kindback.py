"""A body named again by its kind ("the aid group", "the rights group", "the charity") is the listed body of that
kind the sentence named before: "The hospital run by Medecins Sans Frontieres treated more than 650 wounded, the aid
group said; its staff estimated …" -> Médecins Sans Frontières (the lexicon lists it as a monitor, the kind "aid
group" is typed monitor too).

extract/attribution.py asks it for a claimant that is only such a kind. Only a listed body of the kind's own type,
named earlier in the same sentence, is taken: otherwise the kind stands as written.

"The organisation" bare, that no cue before names (extract/claimantof.py asks), is the one listed body (not an outlet)
named in the sentence just before: "According to Médecins Sans Frontières, 22 people were killed. The organisation
now says at least 30 people died." -> Médecins Sans Frontières (`organisation_named_before`).
"""

from __future__ import annotations

import re

from extract.lexicon import lookup, type_of
from extract.vocab import OUTLET_SOURCE_TYPES

__all__ = ["kind_named_before", "organisation_named_before"]

# "the aid group", "a medical charity", "the rights organisation": a kind of body, no name.
_KIND = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:(?:international|medical|humanitarian|human\s+rights|rights|aid|relief|"
                   r"monitoring|local)\s+)?(?:aid\s+)?(?:group|organi[sz]ation|charity|agency|monitor|ngo)", re.I)
_KIND_WORDS = ("group", "organisation", "organization", "charity", "agency", "monitor", "ngo")
# A run of capitalised words (with the particles of a body's name): a candidate name.
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|du|des|for|of|the|and|Sans|sans)\s+)?[A-Z][\w'’.-]+){0,5}")


def kind_named_before(name: str, sentence: str, before: int) -> str | None:
    """The listed body of `name`'s kind named in sentence[:before], when `name` is only a kind; else None."""
    low = name.casefold()
    if not low.endswith(_KIND_WORDS) or not _KIND.fullmatch(name) or lookup(name):
        return None
    kind = type_of(name)
    found = None
    for m in _CAPITALISED.finditer(sentence, 0, before):
        hit = lookup(m.group())
        if hit and hit[1] == kind:
            found = hit[0]
    return found


_BARE_ORGANISATION = frozenset(("organisation", "organization", "the organisation", "the organization"))
_NOT_BODIES = OUTLET_SOURCE_TYPES | {"social_media"}  # every outlet, and an account


def organisation_named_before(name: str, sentence_before: str) -> str | None:
    """The one listed body (no outlet) named in `sentence_before` when `name` is a bare "the organisation"; else
    None (none named there, or two different bodies: the kind stands as written)."""
    if name.casefold() not in _BARE_ORGANISATION or not sentence_before:
        return None
    found: set[str] = set()
    for m in _CAPITALISED.finditer(sentence_before):
        hit = lookup(m.group())
        if hit and hit[1] not in _NOT_BODIES:
            found.add(hit[0])
    return found.pop() if len(found) == 1 else None
