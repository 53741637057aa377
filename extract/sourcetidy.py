"""A claimant as written, narrowed to the body or person that makes the claim.

- "a spokesman for the rival Isatabu Freedom Movement", "a spokeswoman for the breakaway Northern Front": the
  spokesperson speaks for the body; the adjectives before its name ("rival", "breakaway") are the writer's
  description, not part of the name (extract/lexicon.py narrows "a spokesman for Lady Reading Hospital" already).
- "the Red Cross in Honiara": a listed body, where it works is no part of its name. Only a listed body with a
  capitalised name: "the government in Djibouti" and "the foreign ministry in Lisbon" name which government.
- "an officer speaking on condition of anonymity", "a diplomat speaking privately": the participle says how he
  spoke, the claimant is the officer.
- "the Army's Gajraj Corps", "the Navy's Eastern Fleet", "the army's 8th Infantry Division": a force's unit named
  by its own proper name (or number) is the unit (not "Ukraine's General Staff": a state's body keeps its state).
extract/attribution.py asks it of every named claimant once it has its name.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup

__all__ = ["narrowed_source"]

_SPOKESMAN_FOR_DESCRIBED = re.compile(r"(?:[\w'’-]+\s+){0,2}?(?:spokesm[ae]n|spokeswoman|spokesperson)\s+(?:for|of)\s+"
                                      r"(?:the\s+)?(?-i:(?:[a-z][\w-]*\s+){1,2}(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+))",
                                      re.I)
_IN_PLACE = re.compile(r"(?P<org>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))\s+(?:in|at)\s+(?-i:[A-Z][\w'’-]*)"
                       r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}", re.I)
_FORCE_UNIT = re.compile(r"(?:the\s+)?(?:Army|Navy|Air\s+Force|Police|Military|Marines)['’]s\s+(?P<unit>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w-]*"
                         r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:Corps|Division|Brigade|Command|Regiment|Battalion|Squadron|Fleet))",
                         re.I)
_SPEAKING = re.compile(r"(?P<who>\S.*?)\s+(?:speaking|talking|writing)$", re.I)


def narrowed_source(source: str) -> str:
    """`source` narrowed as the module says; `source` itself when none of its forms applies."""
    if " " not in source:
        return source
    low = source.casefold()
    if "spokes" in low:
        m = _SPOKESMAN_FOR_DESCRIBED.fullmatch(source)
        if m:
            return m.group("org")
    if "'s " in low or "’s " in low:
        m = _FORCE_UNIT.fullmatch(source)
        if m and (m.group("unit")[:1].isupper() or m.group("unit")[:1].isdigit()):
            return m.group("unit")
    if " in " in low or " at " in low:
        m = _IN_PLACE.fullmatch(source)
        if m and lookup(m.group("org")):
            return m.group("org")
    if low.endswith(("speaking", "talking", "writing")):
        m = _SPEAKING.fullmatch(source)
        if m:
            return m.group("who")
    return source


# "…, according to the city hospital, all of them civilians": the words after the name describe the counted people
# (a partitive of "them"), not the source; they give it no type.
_OF_THEM = re.compile(r"\s*(?:all|most|many|some|none|half|several|both|each|\w+)\s+of\s+(?:them|whom|those|these)\b",
                      re.I)


def describes_the_count(role: str) -> bool:
    """Whether an apposition after a claimant ("all of them civilians") is about those counted, not the source."""
    return bool(_OF_THEM.match(role))
