"""The subject of a count whose noun is a trade or kin word ending in "-men" that the lexicon lacks.

"two groundsmen dead", "three linesmen were hurt", "40 herdsmen were killed": English plurals in "-men" after
a number name men of a trade, a place or a people ("watchmen", "tribesmen", "townsmen"); the subject is the
word as written, as the guidelines ask of subjects. The lexicon's own "-men" words (gunmen, policemen,
fishermen, ...) keep their classes; this is asked only for the subject of a count the rules already made a
claim, whose noun the lexicon did not read. Words in "-men" that are no plural of men are left out.
"""

from __future__ import annotations

import re

_MEN_NOUN = re.compile(r"\s+(?:[a-z]+-)?([a-z]{2,}men)\b")
_NOT_PEOPLE = frozenset({"specimen", "specimens", "abdomen", "regimen", "stamen", "omen", "acumen", "amen",
                         "hymen", "semen", "albumen", "cyclamen", "dolmen", "germen", "rumen", "lumen", "bitumen",
                         "foramen", "tegmen", "numen", "gravamen", "velamen"})


def men_subject(text: str, at: int, end: int) -> str | None:
    """The "-men" word right after the number ending at `at` ("groundsmen"), None when there is none."""
    if not text.startswith(" ", at):
        return None
    m = _MEN_NOUN.match(text, at, end)
    return m.group(1) if m and m.group(1) not in _NOT_PEOPLE else None
