"""A relief body counting its own work: "The Red Cross of Slovenia has evacuated about 700 people from villages
…", "MSF treated 136 wounded in its clinic", "Medecins Sans Frontieres (MSF) has treated 27", "UNHCR registered around 1,800 new arrivals".

Who evacuated, treated or sheltered the people is who counted them: the count is the body's claim, as if it had
said so. Only a body the lexicon lists, or types as a monitor or relief group (the Red Cross, MSF, a UN agency),
is such a claimant: "Troops evacuated 300 villagers" or "The hospital treated 50" in the writer's voice stay the
writer's. extract/cues.py adds these cues to the sentence's verbs of saying.

An official's order for people's arrest is read so too: "The Public Prosecutor has ordered the detention of 52
people" — the order names its people, so the prosecutor (court, ministry) who gave it is who counted them; only a
body the lexicon types `official` ("Protesters ordered the arrest of …" is no order).
"""

from __future__ import annotations

import re

from extract.lexicon import clean_name, lexicon, lookup, type_of
from extract.names import first_named
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)
from extract.vocab import PRESS_SOURCE_TYPES

__all__ = ["placed_relief", "relief_cues"]

_VERBS = ("evacuated", "treated", "rescued", "sheltered", "airlifted", "vaccinated", "fed", "resettled", "repatriated")
# The count a verb takes, looked at ahead: "about 700", "27", "dozens".
_COUNT = (r"(?=(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|over|up\s+to|an\s+estimated)?\s*"
          r"(?P<count>\d[\d,.]*\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b))")
_RELIEF = re.compile(r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|de|du|[A-Z][\w'’.-]*)){0,6})\s+"
                     r"(?:\([A-Z][\w&-]{1,11}\)\s+)?"  # "Medecins Sans Frontieres (MSF) has treated 27"
                     r"(?:has\s+|have\s+|had\s+)?(?:already\s+|so\s+far\s+|now\s+)?(?P<verb>" + "|".join(_VERBS) + r")\s+"
                     + _COUNT)
# An official's order: "The Public Prosecutor has ordered the detention of 52", "a military court ordered the arrest
# of 12" (the body's name may open in lower case; no auxiliary is part of it).
_ORDER = re.compile(r"\b(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?!ha[sdv])[a-z]+\s+){0,2}(?!ha[sdv]\w?\s)[A-Za-z][\w'’.-]*"
                    r"(?:\s+(?:of|for|[A-Z][\w'’.-]*)){0,6})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?"
                    r"(?P<verb>ordered)\s+the\s+(?:detention|arrest)\s+of\s+" + _COUNT)
# The ordered people's breakdown after them: "52 people, among them nine police officers" (the order's too).
_AMONG = re.compile(r"[\w\s'’-]{0,40}?,\s+(?:among\s+(?:them|whom)|including|of\s+whom)\s+(?:at\s+least\s+|some\s+)?"
                    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
_RELIEF_TYPES = frozenset(("monitor",))  # typed by rule: the Red Cross of a country, a relief group


def relief_cues(sentence: str, low: str) -> list[tuple[str, int, int, str, int]]:
    """(body, start, end, verb, count_end) of each listed or relief body said to have evacuated/treated/… a count
    of people (`low`: the sentence folded; one without these verbs has none); `end` is where the verb ends,
    `count_end` where the count after it ends: the body claims only that count, the verb's object (extract/cues.py)
    — in "MSF treated 136 wounded after an air strike killed 40", the 40 is not MSF's."""
    out = _orders(sentence) if "ordered the" in low else []
    if not has_any(low, _VERBS):
        return out
    for m in _RELIEF.finditer(sentence):
        np = first_named(m.group("np"))
        if not np:
            continue
        hit = lookup(np)
        if (hit and hit[1] not in PRESS_SOURCE_TYPES) or (not hit and type_of(np) in _RELIEF_TYPES):
            out.append((np, m.start("np"), m.end(), m.group("verb"), m.end("count")))
    return out


def _orders(sentence: str) -> list[tuple[str, int, int, str, int]]:
    """relief_cues' fields for each official ordering the detention or arrest of a count ("The Public Prosecutor has
    ordered the detention of 52 people")."""
    out = []
    for m in _ORDER.finditer(sentence):
        np = first_named(m.group("np"))
        if np and type_of(np) == "official" and (lookup(np) or any(p.search(clean_name(np)) for p, _ in lexicon().rules)):
            # (typed by the lexicon, not by its default for an unknown name)
            tail = _AMONG.match(sentence, m.end("count"))  # ("…, among them nine police officers": its breakdown)
            out.append((np, m.start("np"), m.end(), m.group("verb"), tail.end() if tail else m.end("count")))
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
