"""The speaker whose speech holds a definite reference to his own body: "UNHCR spokesman Kris Janowski said the
agency had counted 300,000" (the agency is his, and the count is given by him). Moved out of extract/cues.py;
extract/attribution.py asks it for a definite claimant ("the agency", "the ministry") in a sentence's cues.
"""

from __future__ import annotations

from extract.cues import NOT_NAMES, Cue
from extract.lexicon import body_of, canonical_source
from extract.wordset import words_of

__all__ = ["own_body_speaker"]


def own_body_speaker(cues: tuple[Cue, ...] | list[Cue], inner: Cue, word: str, resolved: str) -> str | None:
    """The speaker whose speech holds a definite reference to his own body: in "UNHCR spokesman Kris Janowski
    said the agency had counted 300,000", the agency is his, and the count is given by him. None when the
    nearest speaker before the reference speaks for another body ("The Observatory said the ministry had
    counted …": the ministry's count)."""
    outer = [c for c in cues if c.name and not c.after and c.end <= inner.start
             and c.name.casefold() not in NOT_NAMES]
    if not outer:
        return None
    speaker = outer[-1].name
    if word in words_of(speaker.casefold()):
        return speaker  # "Army spokesman Ali Omar said the army had …"
    body = body_of(speaker)
    return speaker if body and body.casefold() == canonical_source(resolved).casefold() else None
