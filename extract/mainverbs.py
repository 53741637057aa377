"""A verb right after the counted noun that cannot be a participle: the clause's own main verb.

extract/verbreach.py reads "Two ambulances sent from the town were set on fire" as a participle phrase on the noun
("sent from the town") and takes the passive verb after it as the main one. A verb of dying is intransitive:
"Three soldiers died in the raid and five were wounded" has no participle phrase, "died" is the verb of the three,
and the "were wounded" after it is the five's. extract/classify.py skips that reading for such a verb.
"""

from __future__ import annotations

import re

from extract.phrase import Phrase

_DIED = re.compile(r"(?:died|dies|perished|perishes|succumbed|drowned)\b", re.IGNORECASE)


def finite_death(text: str, ph: Phrase) -> bool:
    """Whether the verb found right after the counted noun is an intransitive verb of dying ("died", "perished"):
    the main verb of its clause, which no verb after it overrides."""
    return ph.verb == "kill" and ph.verb_side == "right" and _DIED.match(text, ph.verb_start) is not None
