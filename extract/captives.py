"""People still held, or freed after their capture: counts of people taken.

- "13 of its soldiers are still held in the north", "40 villagers remain held by the militia", "One man is being
  held in the town where he was arrested": people held to this day were taken (the auxiliaries of extract/phrase.py take "still", so the lexicon's "still held"
  cannot match there); "held in reserve", "held back" and "held up" are no captivity;
- "freed four soldiers it had captured", "released 30 villagers who had been abducted", "freed 23 soldiers they had
  held", "returned 60 soldiers held since the clashes" (extract/classify.py asks it after a verb of return): a
  release or rescue names a count of people taken when the clause after the people says they were taken. Since
  session 14 a release of captives by their noun or of armed men is a count of people taken without that clause
  ("freed 30 hostages", "two soldiers were released unharmed": extract/freedcaptives.py); of other people, only
  with it ("released 30 villagers who had been abducted", not "the hospital released 40 patients").
"""

from __future__ import annotations

import re

_STILL = re.compile(r"\b(?:still|remain|remained|remains|being)\b")  # on the folded text ("is being held": held now)
_HELD = re.compile(r"held\b(?!\s+(?:in\s+reserve|back|up|off|talks|a\s|an\s|the\s|meetings?|elections?))")
_TAKEN = r"(?:captured|seized|abducted|kidnapped|detained|arrested|held|kept|took\s+(?:prisoner|captive|hostage))"
_TAKEN_BEFORE = re.compile(
    r"\s+(?:(?:that|whom)\s+)?(?:(?:it|they|he|she|the\s+[a-z]+|[A-Z][\w'’-]*)\s+(?:had\s+|has\s+|have\s+)?" + _TAKEN +
    r"|who\s+(?:had|have|has)\s+been\s+" + _TAKEN.replace(r"|took\s+(?:prisoner|captive|hostage)", r"|taken\s+(?:prisoner|captive|hostage)") +
    r"|held\s+(?:since|for|by|in|as|captive|hostage|prisoner|without)"  # "23 soldiers held since the battle"
    r")\b")


def still_held(ftext: str, np_end: int, at: int, end: int) -> bool:
    """Whether the people whose noun phrase ends at `np_end` are still held: "held" at `at`, after auxiliaries
    that took "still" or "remain" (`ftext`: the folded text)."""
    return _HELD.match(ftext, at, end) is not None and _STILL.search(ftext, np_end, at) is not None


def freed_after_capture(text: str, np_end: int, end: int) -> bool:
    """Whether the people freed, whose noun phrase ends at `np_end`, are said just after to have been taken
    ("it captured", "whom the rebels had abducted", "who had been taken hostage")."""
    return _TAKEN_BEFORE.match(text, np_end, end) is not None
