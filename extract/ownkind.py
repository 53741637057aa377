"""A document naming itself by its kind: "The survey recorded 54 deaths" in a survey's own report.

A report whose header line labels it ("Survey report No. 3", "Assessment report, March 2011", "Bulletin No. 12")
speaks of itself as "the survey", "the assessment", "the bulletin": such a claimant is the document's own voice
(the outlet's), not a body called "Survey". Only the kind the header line opens with, and only "the" + that noun
("the survey", "this survey", "our survey"; a cue names it bare, "survey"): "a UN survey", "the ministry's
survey" and any kind the document does not call itself stay others'. A news story headed "Report: 300 killed" (a label with a colon) is not
a report labelling itself. extract/attribution.py asks it of a named claimant before taking it as someone else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.rx import ascii_lower

__all__ = ["names_own_document"]

_KINDS = r"survey|assessment|report|bulletin|study|census|audit|review|update|summary|factsheet|fact\s+sheet"
# A header line of the document's first lines opening with its kind: "Survey summary No. 2001/02 - Managua".
_SELF_LABEL = re.compile(rf"^[ \t]*(?P<kind>{_KINDS})\b(?![ \t]*:)[^\n]*$", re.I | re.M)
_HEAD = 400
_POINTED = re.compile(rf"(?:(?:the|this|our|present)\s+)?(?P<kind>{_KINDS})", re.I)


@lru_cache(maxsize=256)
def _own_kinds(head: str) -> frozenset[str]:
    """The kinds the header lines in `head` label the document with (folded, singular)."""
    return frozenset(ascii_lower(" ".join(m.group("kind").split())) for m in _SELF_LABEL.finditer(head))


def names_own_document(text: str, name: str) -> bool:
    """Whether `name` ("the survey") names the document by the kind its header line gives it."""
    m = _POINTED.fullmatch(name.strip())
    if m is None:
        return False
    return ascii_lower(" ".join(m.group("kind").split())) in _own_kinds(text[:_HEAD])
