"""A relief body counting its own work: "The Red Cross of Slovenia has evacuated about 700 people from villages
…", "MSF treated 136 wounded in its clinic", "UNHCR registered around 1,800 new arrivals".

Who evacuated, treated or sheltered the people is who counted them: the count is the body's claim, as if it had
said so. Only a body the lexicon lists, or types as a monitor or relief group (the Red Cross, MSF, a UN agency),
is such a claimant: "Troops evacuated 300 villagers" or "The hospital treated 50" in the writer's voice stay the
writer's. extract/cues.py adds these cues to the sentence's verbs of saying.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup, type_of
from extract.names import first_named

__all__ = ["relief_cues"]

_VERBS = ("evacuated", "treated", "rescued", "sheltered", "airlifted", "vaccinated", "fed", "resettled", "repatriated")
_RELIEF = re.compile(r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|de|du|[A-Z][\w'’.-]*)){0,6})\s+"
                     r"(?:has\s+|have\s+|had\s+)?(?:already\s+|so\s+far\s+|now\s+)?(?P<verb>" + "|".join(_VERBS) + r")\s+"
                     r"(?=(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|over|up\s+to|an\s+estimated)?\s*"
                     r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b))")
_RELIEF_TYPES = frozenset(("monitor",))  # typed by rule: the Red Cross of a country, a relief group


def relief_cues(sentence: str, low: str) -> list[tuple[str, int, int, str]]:
    """(body, start, end, verb) of each listed or relief body said to have evacuated/treated/… a count of people
    (`low`: the sentence folded; one without these verbs has none)."""
    if not any(v in low for v in _VERBS):
        return []
    out = []
    for m in _RELIEF.finditer(sentence):
        np = first_named(m.group("np"))
        if not np:
            continue
        hit = lookup(np)
        if (hit and hit[1] not in ("publication", "wire_or_outlet")) or (not hit and type_of(np) in _RELIEF_TYPES):
            out.append((np, m.start("np"), m.end(), m.group("verb")))
    return out
