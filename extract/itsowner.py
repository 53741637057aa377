"""Whose "its defence ministry" is, when a country is named earlier in the same sentence (extract/attribution.py).

"Another 20 were hurt in Cambodia, its defence ministry said": a state body owned by "its" belongs to the country
the sentence names before it, not to the body named in the sentences before ("the Thai army said"). Only bodies of
a state (ministry, government, cabinet, parliament, president) take a country as owner: "its spokesman" after
"The army shelled Kharkiv" is the army's, and is left to the antecedent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.gazetteer import country_names

__all__ = ["country_body"]

_STATE_BODY = re.compile(r"its\s+(?P<body>(?:[\w-]+\s+){0,2}(?:ministry|government|cabinet|parliament|president))$",
                         re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names, folded -> as the gazetteer writes them."""
    return {name.casefold(): name for name in country_names().values()}


def country_body(sentence: str, cue_at: int, name: str) -> str | None:
    """"Cambodia's defence ministry" for the cue name "its defence ministry" when the last capitalised name before
    `cue_at` in `sentence` is a country; else None."""
    m = _STATE_BODY.match(name.strip())
    if m is None:
        return None
    countries = _countries()
    last = None
    for c in _CAPITALISED.finditer(sentence, 0, cue_at):
        words = c.group().split()
        for k in range(len(words)):  # "In Cambodia" -> "Cambodia": the longest tail that is a country
            if " ".join(words[k:]).casefold() in countries:
                last = countries[" ".join(words[k:]).casefold()]
                break
        else:
            last = None  # a later name that is no country ("in Cambodia near Preah Vihear"): "its" may be that one's
    return f"{last}'s {m.group('body')}" if last else None
