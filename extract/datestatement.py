"""A date inside the phrase that names a statement is the day it was given, not the day of the event it tells.

"The police spokesman, in a statement made available to our correspondent in Gusau on Saturday, said the
hoodlums ... invaded 10 communities": the Saturday is when the statement reached the paper (the house: a day of
telling dates no event, extract/dates.py "report"). The phrase: "statement" (or "press release", "communique"), a
participle of giving it out ("made available", "issued", "released", "sent", "e-mailed", "posted", "signed",
"circulated"), then words without a clause mark up to the date. The reporting verbs' own window (dates.py
_REPORT_BEFORE, 40 characters) is too short for "made available to our correspondent in Gusau on". Not reached: a
statement that tells of the date's event ("a statement on the attack on Saturday" has no participle of giving out).
"""

from __future__ import annotations

import re
from typing import Any

_GIVEN_OUT = re.compile(r"\b(?:statement|press\s+release|communiqu[eé])\s+(?:was\s+)?"
                        r"(?:made\s+available|issued|released|sent|e-?mailed|posted|signed|circulated|distributed)\b"
                        r"[^,;:.()\n]*$", re.IGNORECASE)
_REACH = 90  # characters before the date searched for the phrase
_DAY_KINDS = ("weekday", "explicit", "yesterday", "today")


def statement_days(sentence: str, out: list[Any]) -> list[Any]:
    """The hits (extract/dates.py _Hit) with a day inside a statement's giving-out phrase made kind "report", no date
    (module doc). Cheap substring tests first."""
    if "tatement" not in sentence and "release" not in sentence and "ommuniq" not in sentence:
        return out
    return [h._replace(kind="report", date=None, anchored=False) if h.kind in _DAY_KINDS
            and _GIVEN_OUT.search(sentence, max(0, h.start - _REACH), h.start) is not None else h for h in out]
