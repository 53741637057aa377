"""A body named again by its kind ("the aid group", "the rights group", "the charity") is the listed body of that
kind the sentence named before: "The hospital run by Medecins Sans Frontieres treated more than 650 wounded, the aid
group said; its staff estimated …" -> Médecins Sans Frontières (the lexicon lists it as a monitor, the kind "aid
group" is typed monitor too).

extract/attribution.py asks it for a claimant that is only such a kind. Only a listed body of the kind's own type,
named earlier in the same sentence, is taken: otherwise the kind stands as written.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup, type_of

__all__ = ["kind_named_before"]

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
