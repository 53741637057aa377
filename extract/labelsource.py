"""A body named as the label of a line of figures: "Ghana Police Service: 146 people killed since 2021", "- ACLED: 378
reported fatalities", "Police: 146 dead (Nov 2021 - Dec 2024)".

An explainer or a box of "the numbers at a glance" lists each count after the name of whoever gives it and a colon.
The label is the claimant when it names a body (a listed source, or a name the source rules type: a police service,
a ministry, a council, an assembly, a monitor) and the number says what it counts ("146 dead", not a bare "146"):
"Civilians killed: 2" labels a measure (extract/labelrows.py), "Deaths: 40" too. Only the label that opens its line
(after a bullet), a few words, up to the first colon, before the number.
"""

from __future__ import annotations

import re

from extract.lexicon import lookup
from extract.triggers import lexicon
from extract.vocab import BODY_SOURCE_TYPES

__all__ = ["labelled_body"]

_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?(?P<label>[A-Z][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,5}):[ \t]+[^:\n]*$")
# What a count must say after it for the label to be its claimant: a word of harm or of what is counted.
_COUNTED_AFTER = re.compile(r"[\s,+]*(?:[a-z-]+\s+){0,2}?(?:dead|deaths|killed|fatalities|casualties|wounded|injured|"
                            r"people|civilians|soldiers|displaced|arrested|missing|abducted)\b", re.I)
# Words of a clause, not of a name: a line whose words before the colon hold one is a sentence, not a label.
_NOT_LABEL = frozenset("is are was were be been has have had says said say figure toll count total number reason "
                       "it this that these those".split())


def labelled_body(sentence: str, pos: int, end: int) -> str | None:
    """The label of the line the number at sentence[pos:end] stands in, when it names a body giving the count (module
    doc), else None."""
    m = _LABEL.search(sentence, 0, pos)
    if m is None or not _COUNTED_AFTER.match(sentence, end):
        return None
    label = m.group("label")
    if not _NOT_LABEL.isdisjoint(label.casefold().split()):
        return None  # "The reason is the army's: 212 soldiers were killed": a clause, no label
    hit = lookup(label)
    if hit is not None:
        return label if hit[1] in BODY_SOURCE_TYPES else None
    low = label.casefold()
    if any(word in lexicon().noun_class for word in (low, low.rsplit(" ", 1)[-1])) and not _BODY.search(label):
        return None  # "Civilians: 12 dead", "Deaths: 40": a label of what is counted
    return label if _BODY.search(label) else None


# The words that make a label a body's name: a police service, a ministry, an assembly, a council, an army.
_BODY = re.compile(r"\b(?:police|ministry|ministries|minister|council|assembly|service|government|army|military|"
                   r"authorit(?:y|ies)|commission|agency|office|department|hospital|observatory|monitor)\b", re.I)
