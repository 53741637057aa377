"""A relief body counting its own work: "The Red Cross of Slovenia has evacuated about 700 people from villages
…", "MSF treated 136 wounded in its clinic", "Medecins Sans Frontieres (MSF) has treated 27", "UNHCR registered around 1,800 new arrivals".

Who evacuated, treated or sheltered the people is who counted them: the count is the body's claim, as if it had
said so. Only a body the lexicon lists, or types as a monitor or relief group (the Red Cross, MSF, a UN agency),
is such a claimant: "Troops evacuated 300 villagers" or "The hospital treated 50" in the writer's voice stay the
writer's. extract/cues.py adds these cues to the sentence's verbs of saying.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup, type_of
from extract.names import first_named
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)

__all__ = ["placed_relief", "relief_cues"]

_VERBS = ("evacuated", "treated", "rescued", "sheltered", "airlifted", "vaccinated", "fed", "resettled", "repatriated")
_RELIEF = re.compile(r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|de|du|[A-Z][\w'’.-]*)){0,6})\s+"
                     r"(?:\([A-Z][\w&-]{1,11}\)\s+)?"  # "Medecins Sans Frontieres (MSF) has treated 27"
                     r"(?:has\s+|have\s+|had\s+)?(?:already\s+|so\s+far\s+|now\s+)?(?P<verb>" + "|".join(_VERBS) + r")\s+"
                     r"(?=(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|over|up\s+to|an\s+estimated)?\s*"
                     r"(?P<count>\d[\d,.]*\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b))")
_RELIEF_TYPES = frozenset(("monitor",))  # typed by rule: the Red Cross of a country, a relief group


def relief_cues(sentence: str, low: str) -> list[tuple[str, int, int, str, int]]:
    """(body, start, end, verb, count_end) of each listed or relief body said to have evacuated/treated/… a count
    of people (`low`: the sentence folded; one without these verbs has none); `end` is where the verb ends,
    `count_end` where the count after it ends: the body claims only that count, the verb's object (extract/cues.py)
    — in "MSF treated 136 wounded after an air strike killed 40", the 40 is not MSF's."""
    if not has_any(low, _VERBS):
        return []
    out = []
    for m in _RELIEF.finditer(sentence):
        np = first_named(m.group("np"))
        if not np:
            continue
        hit = lookup(np)
        if (hit and hit[1] not in ("publication", "wire_or_outlet")) or (not hit and type_of(np) in _RELIEF_TYPES):
            out.append((np, m.start("np"), m.end(), m.group("verb"), m.end("count")))
    return out


def placed_relief(relief: list[tuple[str, int, int, str, int]], closing: list[int],
                  sentence: str) -> list[tuple[str, int, int, str, bool, bool]]:
    """The fields (name, start, end, verb, after, backward) of extract/cues.py's Cue for each relief body of
    `relief` (`relief_cues`), reaching only the count its verb takes: placed where that count ends, as a cue
    standing after it and reaching back (extract/cuescope.py), so in "…, and rebels killed 12 soldiers" the 12
    stays the writer's. With a number before the body ("After 12 soldiers were killed, MSF treated 40 …"), which
    such a cue would reach too, it reads forward from its verb instead. A named speaker closing the sentence
    (`closing`: where such cues start; "…, the army said.") speaks for the body's count too: no cue then."""
    out = []
    for np, start, end, verb, count_end in relief:
        if any(c > count_end and ";" not in sentence[count_end:c] for c in closing):
            continue
        if any(ch.isdigit() for ch in sentence[:start]):
            out.append((np, start, end, verb, False, False))
        else:
            out.append((np, count_end, count_end, verb, True, True))
    return out
