"""Verbs of saying used in another sense, which are no claim cue (extract/cues.py asks `not_saying`).

- "admitted 127 people", "admits the wounded": a hospital taking people in, not conceding anything ("The army
  admitted that 12 soldiers died", "admitted killing 9" still say something);
- "40 are believed dead", "it is thought that …": a passive belief names no believer (the hedge is read in
  extract/attribution.py); "Local NGOs think the real number is …" does name one.
"""

from __future__ import annotations

import re

from extract.cuescan import tail_search
from extract.rx import guarded

__all__ = ["not_saying"]

_OPINION = frozenset(("think", "thinks", "believe", "believes"))
_PASSIVE_AUX = guarded(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|generally|still|now)\s+)?$", re.I)
_ADMIT = frozenset(("admitted", "admits"))
# What a hospital admits: a count of people, or the wounded, patients, casualties (not "that …", "to killing …").
_TAKEN_IN = re.compile(r"\s+(?:(?:more\s+than|about|around|some|nearly|over|at\s+least|another|only)\s+)*(?:\d|(?:one|two|"
                       r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\b|"
                       r"(?:the\s+)?(?:wounded|injured|patients|casualties)\b)", re.I)


def not_saying(verb_low: str, sentence: str, v_start: int, rest: str) -> bool:
    """Whether the verb (lower-cased) at sentence[v_start:], followed by `rest`, is used in a sense that says nothing."""
    if verb_low in _OPINION:
        return tail_search(_PASSIVE_AUX, sentence, v_start, 12) is not None
    if verb_low in _ADMIT:
        return _TAKEN_IN.match(rest) is not None
    return False
