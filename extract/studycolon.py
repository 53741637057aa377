"""A study's figures given after a colon: "A Caritas survey of villages around Owerri gives a sense of the scale:
there, the dead numbered 900 in a month, 400 of them children."

The sentence opens with a document of a named body (its survey, study, report, census, …) and a verb phrase that
announces what follows ("gives a sense of the scale", "tells the story", "is stark"); the colon hands over to the
figures, which are the body's count as much as "Caritas counted 900" would be. Only a body named as one (listed in
assets/lexicons/sources.json, an acronym, or a name ending in an organisation's word) owns the figures: "A Kenyan
survey …:" names a country's people, not a claimant, and is left alone.
"""

from __future__ import annotations

import re

from extract.cuetails import names_a_body
from extract.lexicon import lookup

__all__ = ["study_before_colon"]

_STUDY = re.compile(
    r"\W*(?:A|An|The|This|That|One)\s+(?:(?:new|recent|later|earlier|first|local|[12]\d\d\d)\s+)?"
    r"(?P<np>[A-Z][\w'’.&-]*(?:\s+(?:of|for|the|[A-Z][\w'’.&-]*)){0,5}?)\s+"
    r"(?:survey|study|report|census|investigation|assessment|analysis|audit|inquiry|count|review)\b[^:;\n]{0,160}?:\s")


def study_before_colon(sentence: str) -> tuple[str, int, int] | None:
    """(owner, where its name starts, where the colon ends) of a sentence opening with a named body's document and
    handing over to its figures at a colon; None otherwise. Cheap when the sentence has no colon."""
    if ":" not in sentence:
        return None
    m = _STUDY.match(sentence)
    if m is None:
        return None
    name = m.group("np")
    if not (lookup(name) or names_a_body(name) or (len(name) > 1 and name.isupper())):
        return None
    return name, m.start("np"), m.end()
