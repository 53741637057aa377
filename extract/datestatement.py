"""A date inside the phrase that names a statement is the day it was given, not the day of the event it tells.

"The police spokesman, in a statement made available to our correspondent in Gusau on Saturday, said the
hoodlums ... invaded 10 communities": the Saturday is when the statement reached the paper (the house: a day of
telling dates no event, extract/dates.py "report"). The phrase: "statement" (or "press release", "communique"), a
participle of giving it out ("made available", "issued", "released", "sent", "e-mailed", "posted", "signed",
"circulated"), then words without a clause mark up to the date. The reporting verbs' own window (dates.py
_REPORT_BEFORE, 40 characters) is too short for "made available to our correspondent in Gusau on". Not reached: a
statement that tells of the date's event ("a statement on the attack on Saturday" has no participle of giving out).
A sentence that opens with that participle, the statement's own line ("Issued at 11:00 local time on Thursday 30
June 2016.", "Compiled on 25 May 2017 for media enquiries"), names the day the text was given out too: the events it
tells keep their own days ("At about 21:50 on Tuesday" against the published day).
A day right before a court's act ("A federal judge on Thursday sentenced 24 men for the massacre of 45 villagers in
December 1997") is the day of the sentence, a day of telling too: the massacre keeps its own date.
"""

from __future__ import annotations

import re
from typing import Any

_GIVEN_OUT = re.compile(r"\b(?:statement|press\s+release|communiqu[eé])\s+(?:was\s+)?"
                        r"(?:made\s+available|issued|released|sent|e-?mailed|posted|signed|circulated|distributed)\b"
                        r"[^,;:.()\n]*$", re.IGNORECASE)
# A sentence opening with the participle, up to the date: "Issued at 11:00 local time on", "Compiled on".
_OPENING_PARTICIPLES = frozenset(("Issued", "Compiled", "Published", "Released", "Posted", "Sent", "Signed",
                                  "Updated", "Circulated", "Distributed"))
_PARTICIPLE_INITIALS = frozenset(w[0] for w in _OPENING_PARTICIPLES)  # (a test of the first letter first)
_OPENS_GIVEN_OUT = re.compile(r"[A-Z][a-z]+\b[^,;.()\n]*$")
_REACH = 90  # characters before the date searched for the phrase
_DAY_KINDS = ("weekday", "explicit", "yesterday", "today")


def statement_days(sentence: str, out: list[Any]) -> list[Any]:
    """The hits (extract/dates.py _Hit) with a day inside a statement's giving-out phrase, or a day right before a
    court's act ("A federal judge on Thursday sentenced 24 men ... for the massacre of 45 villagers ... in December
    1997": the day of the sentence, not of the massacre), made kind "report", no date (module doc). Cheap substring
    tests first."""
    if "tatement" in sentence or "release" in sentence or "ommuniq" in sentence:
        out = [h._replace(kind="report", date=None, anchored=False) if h.kind in _DAY_KINDS
               and _GIVEN_OUT.search(sentence, max(0, h.start - _REACH), h.start) is not None else h for h in out]
    if sentence[:1] in _PARTICIPLE_INITIALS and sentence.split(" ", 1)[0] in _OPENING_PARTICIPLES:
        out = [h._replace(kind="report", date=None, anchored=False) if h.kind in _DAY_KINDS
               and _OPENS_GIVEN_OUT.match(sentence, 0, h.start) is not None else h for h in out]
    if "sentenced" in sentence or "convicted" in sentence or "acquitted" in sentence or "guilty" in sentence:
        out = [h._replace(kind="report", date=None, anchored=False) if h.kind in _DAY_KINDS
               and _COURT_ACT_AFTER.match(sentence, h.end) is not None else h for h in out]
    return out


# A court's act right after the day: "on Thursday sentenced", "on Monday convicted", "on 3 May found ... guilty".
_COURT_ACT_AFTER = re.compile(r"\s+(?:sentenced|convicted|acquitted|jailed|found\s+(?:\w+\s+){0,3}?guilty)\b")
