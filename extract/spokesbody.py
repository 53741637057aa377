"""A spokesperson of a listed body speaks as the body: "LURD's spokesman said" is LURD's claim (extract/attribution.py).

Only when the owner is a listed source (assets/lexicons/sources.json) or an acronym, which names a body: "the
family's spokesman" stays the spokesman.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup

__all__ = ["armed_body_of_spokesman", "body_of_spokesman", "armed_spokesman_type"]

# "LURD's spokesman", "the army's chief spokeswoman": the spokesperson of a listed body speaks as the body.
_SPOKESMAN_OF = re.compile(r"(?P<owner>.+?)['’]s\s+(?:chief\s+|main\s+|official\s+)?spokes(?:man|woman|person|men)$",
                           re.I)


def body_of_spokesman(source: str) -> str:
    """The body a "X's spokesman" speaks for when X is a listed source or an acronym, else `source` itself."""
    if "spokes" not in source.casefold():
        return source
    m = _SPOKESMAN_OF.match(source)
    if m is None:
        return source
    owner = m.group("owner")
    return owner if lookup(owner) or (len(owner) > 1 and owner.isupper()) else source  # (an acronym names a body)


# "A Kamuina Nsapu spokesman", "the Mai-Mai spokesman": a spokesperson named by the body before the word.
_NAMED_SPOKESMAN = re.compile(r"(?:(?:an?|the)\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
                              r"(?:chief\s+|main\s+)?spokes(?:man|woman|person)$", re.I)


def armed_spokesman_type(source: str, text: str) -> str | None:
    """`armed_group` for a "X spokesman" when the document writes X as an armed body elsewhere ("the Kamuina Nsapu
    militia"), else None. (The source stays "X spokesman", as the house writes "M23 spokesman".)"""
    if "spokes" not in source:
        return None
    m = _NAMED_SPOKESMAN.fullmatch(source)
    if m is None or not m.group("owner")[:1].isupper():
        return None
    from extract.kindnoun import kind_noun_type  # (kindnoun reads the lexicon too: imported when needed)

    return kind_noun_type(text, m.group("owner"))


def armed_body_of_spokesman(source: str, text: str) -> str:
    """The armed body a "X's spokesman" speaks for when the document writes X as one ("the militant group Fatah
    al-Islam … Fatah al-Islam's spokesman": the group's claim, as "LURD's spokesman" is LURD's), else `source`."""
    if "spokes" not in source or not ("'s" in source or "’s" in source):
        return source
    m = _SPOKESMAN_OF.match(source)
    if m is None or not m.group("owner")[:1].isupper():
        return source
    from extract.kindnoun import kind_noun_type  # (as armed_spokesman_type)

    return m.group("owner") if kind_noun_type(text, m.group("owner")) else source
