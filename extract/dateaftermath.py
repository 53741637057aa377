"""Sentences of an incident's aftermath name days that start no new story: the incident's date goes on past them.

- Funerals and burials with no harm of their own: "Funerals were held across the district on Monday and Tuesday"
  after "the number killed in Sunday's bombing has risen to 63": the dead buried are the incident's, and the counts
  told after the funerals ("Among the dead were 23 children") are still of Sunday's bombing (extract/datesaid.py
  same_story). A count in the funeral sentence itself keeps the burial day ("they buried more than 60 on Friday":
  the house dates a burial by its day); a funeral sentence telling a harm ("mourners were shot at the funeral on
  Friday, killing 3") is a new event.
- The wounded moved for care with no harm of their own: "Overnight, 24 of the worst burned were flown out for treatment
  in Perth" after a late-night bombing: the move keeps its own day (the next), and the counts told after it ("at least
  14 of the dead were foreigners") are still of the bombing.
- A period in the future ("elections due later this year", "talks next month"): no event has happened in it.
"""

from __future__ import annotations

import re
from typing import Any

_BURIAL_STEMS = ("funeral", "burial", "buried", "mourn", "vigil")
_BURIAL = re.compile(r"\b(?:funerals?|burials?|buried|mourners?|mourned|vigils?)\b", re.IGNORECASE)
_HARM = re.compile(r"\b(?:kill(?:ed|ing|s)?|shot|wound(?:ed|ing)|injur(?:ed|ing)|attack(?:ed|s)?|bomb(?:ed|ing)?|blast"
                   r"|explosion|fired|opened\s+fire|stormed|raid(?:ed)?|died|dead)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:later|next|coming)\s+$", re.IGNORECASE)


def burial_only(sentence: str) -> bool:
    """Whether the sentence tells funerals or burials and no harm (module doc). Substring tests first."""
    low = sentence.lower()
    return any(w in low for w in _BURIAL_STEMS) and _BURIAL.search(sentence) is not None \
        and _HARM.search(sentence) is None


# A move of the wounded for care: "were flown out for treatment", "airlifted to hospitals in the capital".
_CARE = re.compile(r"\b(?:flown|airlifted|evacuated|transferred|rushed|moved)\b(?:\s+[\w'’-]+){0,3}?\s+"
                   r"(?:for\s+(?:urgent\s+|further\s+|medical\s+|specialist\s+)?(?:care|treatment)"
                   r"|to\s+(?:\w+\s+)?hospitals?)\b",
                   re.IGNORECASE)


def care_only(sentence: str) -> bool:
    """Whether the sentence tells the wounded moved for care and no harm (module doc). Substring tests first."""
    return ("treatment" in sentence or "hospital" in sentence or "care" in sentence) \
        and _CARE.search(sentence) is not None and _HARM.search(sentence) is None


def no_new_event(sentence: str, hit: Any, claim: str = "") -> bool:
    """Whether a date hit of a later sentence starts no new event (module doc): a funeral sentence's day, or a period
    in the future ("due later this year"). With the `claim`'s own sentence (a date looked back for), a funeral's
    day still goes on to a count of burials ("We buried them on Friday. In Rafin Gero they buried more than 60.")."""
    if hit.kind == "period" and hit.date is None and _FUTURE.search(sentence, max(0, hit.start - 8), hit.start):
        return True
    return burial_only(sentence) and not (claim and burial_only(claim)) or care_only(sentence)
