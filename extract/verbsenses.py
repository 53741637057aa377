"""Verbs of saying used in another sense, which are no claim cue (extract/cues.py asks `not_saying`).

- "admitted 127 people", "admits the wounded": a hospital taking people in, not conceding anything ("The army
  admitted that 12 soldiers died", "admitted killing 9" still say something). A count after "admitted" is taken
  in when a health facility ([cues] medical_holder) admits it ("The field hospital admitted 40 soldiers were
  wounded" is still intake), or when no finite verb follows the counted people: "The army admitted 12 soldiers
  died" and "admits 12 soldiers were killed" concede a toll (a clause with "that" left out), "Medics admitted 30
  people injured in the blast" takes them in;
- "40 are believed dead", "it is thought that …", "the gunmen, believed to number 200": a passive belief names no
  believer (the hedge is read in extract/attribution.py); "Local NGOs think the real number is …" does name one.
"""

from __future__ import annotations

import re

from extract.cuescan import tail_search
from extract.rx import guarded
from extract.triggers import cue_search

__all__ = ["not_saying"]

_OPINION = frozenset(("think", "thinks", "believe", "believes", "believed"))
_PASSIVE_AUX = guarded(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|generally|still|now)\s+)?$", re.I)
_ADMIT = frozenset(("admitted", "admits"))
# What a hospital admits: a count of people, or the wounded, patients, casualties (not "that …", "to killing …").
_TAKEN_IN = re.compile(r"\s+(?:(?:more\s+than|about|around|some|nearly|over|at\s+least|another|only)\s+)*(?:\d|(?:one|two|"
                       r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\b|"
                       r"(?:the\s+)?(?:wounded|injured|patients|casualties)\b)", re.I)
# The finite verb of a clause whose subject is the count ("12 soldiers died", "12 of its men were killed"), in the
# count's own clause, not in a relative clause of it ("40 people who were hurt").
_FINITE_AFTER = re.compile(r"[^,;:.()]{0,40}?(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:was|were|is|are|had|has|have|"
                           r"would|will|could|might|may|died|perished|drowned)\b", re.I)
_SUBJECT_REACH = 60  # characters before the verb searched for the facility that admits


def not_saying(verb_low: str, sentence: str, v_start: int, rest: str) -> bool:
    """Whether the verb (lower-cased) at sentence[v_start:], followed by `rest`, is used in a sense that says nothing."""
    if verb_low in _OPINION:
        return tail_search(_PASSIVE_AUX, sentence, v_start, 12) is not None or (
            verb_low == "believed" and rest.lstrip().startswith(("to ", "dead", "killed", "lost", "missing", "held")))
    if verb_low in _ADMIT:
        taken = _TAKEN_IN.match(rest)
        return taken is not None and (_FINITE_AFTER.match(rest, taken.end()) is None or _facility_admits(sentence, v_start))
    return False


def _facility_admits(sentence: str, v_start: int) -> bool:
    """Whether a health facility ([cues] medical_holder) stands in the clause before the verb, as its subject."""
    lo = max(0, v_start - _SUBJECT_REACH)
    cut = max(sentence.rfind(";", lo, v_start), sentence.rfind(".", lo, v_start))
    return cue_search("medical_holder", sentence[max(lo, cut + 1):v_start])
