"""A spokesperson of a listed body speaks as the body: "LURD's spokesman said" is LURD's claim (extract/attribution.py).

Only when the owner is a listed source (assets/lexicons/sources.json) or an acronym, which names a body: "the
family's spokesman" stays the spokesman.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup

__all__ = ["body_of_spokesman"]

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
