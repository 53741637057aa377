"""A claimant's name from the noun phrase a cue gives ("figures compiled by Airwars" -> "Airwars").

Used by the cues of a sentence (extract/cues.py) and by attribution's passive cue.
"""

from __future__ import annotations

import re

from extract.lexicon import clean_name, lookup
from extract.rx import guarded


class Named(str):
    """A claimant's name with the role an apposition gives it ("Hassan Omar, a village elder")."""

    role: str = ""


_CAPITAL = re.compile(r"\b[A-Z]")
_SAID_TAIL = re.compile(r"\s+(?:said|says|reported|reports)\b.*$")


_DATA_AFTER = guarded(r"\s+(?:figures|data|statistics|estimates|tallies|tally|counts?|records|numbers)\s*$", re.I)
_DATA_BY = guarded(
    r"^(?:[\w'’-]+\s+){0,3}?(?:figures|data|tally|tallies|counts?|records|reports?|estimates?|statements?|numbers|"
    r"lists?|toll)\s+(?:[\w'’-]+\s+)?(?:by|from|of)\s+(?P<np>.+)$",
    re.I,
)


_PROPER_IN = guarded(r"(?:[A-Z][\w'’-]*\s+){2,6}(?:in|for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=\s*$|\s*[,;(])")
_DESCRIBED = guarded(
    r"^(?:the\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}(?:consultancy|agency|group|organi[sz]ation|monitor|network|office|"
    r"ministry|channel|newspaper|website|broadcaster|project|firm|company|think\s+tank|charity|station|outlet|"
    r"tracker|watchdog|body))\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})\s*$")


def first_named(np: str) -> str | None:
    """The first name of a list ("Tazi Morocco and Johnny Six" -> "Tazi Morocco").

    "figures compiled by Airwars" names Airwars.
    """
    np = np.strip()
    m = _DATA_BY.match(np)
    if m:
        np = m.group("np").strip()
    if _CAPITAL.search(np):
        np = _DATA_AFTER.sub("", np)  # "UN refugee agency figures" names the agency
    if lookup(np):
        return np
    proper = _PROPER_IN.match(np)  # "United Nations Assistance Mission in Afghanistan"
    if proper:
        return clean_name(proper.group(0)) or None
    described = _DESCRIBED.match(np)  # "the security consultancy Beacon Intelligence"
    if described:
        name = Named(clean_name(described.group("name")))
        name.role = described.group("role")
        return name or None
    placed = _SOURCE_WITHIN.match(np)  # "a source at the police command": the place says whose source
    np = _NAME_CUT.split(placed.group("org") if placed else np, maxsplit=1)[0]
    if placed:
        np = f"{placed.group('head')} {placed.group('prep')} {np}"
    np = _SAID_TAIL.sub("", np)
    name = clean_name(np)
    return name or None


_NAME_CUT = re.compile(r"\s+(?:and|&)\s+|,|\s+(?:on|in|at|that|who|which|after|as|last|this)\s+")
_SOURCE_WITHIN = re.compile(
    r"(?P<head>(?:(?:a|an|the|one|two|several)\s+)?(?:[\w-]+\s+)?sources?)\s+"
    r"(?P<prep>at|in|within|inside|from|close\s+to|near)\s+(?P<org>(?:the\s+)?\S.*)", re.I)
