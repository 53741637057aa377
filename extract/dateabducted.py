"""People taken in the incident are among its harms and take its date; arrests elsewhere in a toll's sentence do not
undate the toll.

- Abducted, kidnapped, taken hostage or gone missing: "six students had been abducted", "14 passengers had been
  kidnapped by the attackers", "four others are missing" (after the incident's dead): the captives of the raid the
  report tells of, taken on its day, so a count of them in its story takes the incident's date as its dead do
  (extract/datesaid.py incident_date). People arrested or detained afterwards ("Police have arrested 14 suspects")
  are a later event of their own and stay undated (the held-out gold's majority); so do people still missing at
  publication, caught before (extract/datestates.py).
- An arrest told in a coordinated clause after a toll ("security forces had killed 42 of the attackers and arrested
  seven suspects") is another count's event: the 42 are the incident's dead. Only an arrest word before the number
  or in its own clause (up to the next "and" or clause mark after it) makes the number a later event.
"""

from __future__ import annotations

import re

from extract.datesaid import INCIDENT_MEASURES
from extract.triggers import ARREST_STEMS

# Cheap test first: every match of _TAKEN holds one of these stems (lower-cased).
_TAKEN_STEMS = ("abduct", "kidnap", "hostage", "missing")
_TAKEN = re.compile(r"\b(?:abduct(?:ed|ion|ions)|kidnapp?(?:ed|ings?)|(?:taken|held|seized)\s+hostage|missing)\b",
                    re.IGNORECASE)
# The end of the number's own clause for the arrest test: a clause mark, or a coordinating "and".
_OWN_CLAUSE_END = re.compile(r"[,;:—–]| - |\band\b")
_NUMBER_REST = re.compile(r"(?:\d[\d,.]*\d|\w)*")  # the number's own characters ("1,200", "seven")


def incident_harm(measure: str | None, sentence: str) -> bool:
    """Whether a count of `measure` in `sentence` is a harm of the incident that takes its date (module doc)."""
    if measure in INCIDENT_MEASURES:
        return True
    if measure != "captured":
        return False
    low = sentence.lower()
    return any(w in low for w in _TAKEN_STEMS) and _TAKEN.search(sentence) is not None


def later_event(sentence: str, rel: int) -> bool:
    """Whether an arrest or detention word stands before the number (at `rel` in `sentence`) or in its own clause
    after it (module doc): the number counts a later event, not the incident. A substring test first."""
    if "rrest" not in sentence and "etain" not in sentence and "etent" not in sentence and "RREST" not in sentence \
            and "ETAIN" not in sentence and "ETENT" not in sentence:
        return False
    low = sentence.lower()
    rest = _NUMBER_REST.match(low, rel)
    assert rest is not None  # (it matches the empty string)
    cut = _OWN_CLAUSE_END.search(low, rest.end())
    own = low[: cut.start() if cut is not None else len(low)]
    return any(w in own for w in ARREST_STEMS)
