"""Where people or goods came from, not where the event was: "reinforcements of some 2,000 arrived from Austria,
Britain, Canada and Sweden", "troops drawn from six countries", "aid flown in from Dubai", "two more companies are
due on Thursday from Banjarmasin" (for
extract/placetold.py, which leaves such mentions out of those a claim's place is chosen from).

A verb of arriving or sending, or a force's noun just before ("500 police from the United Arab Emirates": where they
came from, not where they were: _FORCE_FROM), then "from" and the place, or a list of places ("from Austria, Britain, Canada,
Denmark, Finland and Sweden": every place of the list). Not reached: "fled from Aleppo" and "displaced from Ras
al-Ain" (where people fled from is their place: extract/placescope.py's refuge is about where they went), "shelled
from Lebanon" (where fire came from is a place of the war), "due to shelling from Syria", and "from Monday".
"""

from __future__ import annotations

import re

from extract.gazetteer import Mention

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_ORIGIN_BEFORE = re.compile(r"\b(?:arrived|arriving|arrives|arrive|came|coming|comes|flown\s+in|flew\s+in|drawn"
                            r"|contributed|sent\s+in|deployed"
                            # an arrival announced: "two more companies are due on Thursday from Banjarmasin"
                            r"|(?:due|expected)(?:\s+to\s+arrive)?(?:\s+(?:on|by|in|next|this|later|early|tomorrow"
                            r"|today|soon)(?:\s+\w+)?)?)\s+from\s+(?:the\s+)?"
                            r"(?:" + _NAME + r"(?:,\s+|\s+(?:and|or)\s+|,\s+and\s+)(?:the\s+)?){0,9}$")

# A piece of each verb of _ORIGIN_BEFORE (every match holds one): the cheap test before the search.
_VERB_STEMS = ("arriv", "came", "coming", "comes", "flown", "flew", "drawn", "contributed", "sent", "deployed", "due",
               "expected")


# "1,000 Saudi troops and 500 police from the United Arab Emirates": a force named by where it came from.
_FORCE_FROM = re.compile(r"\b(?:troops|police|policemen|soldiers|contingents?|reinforcements|paratroop(?:er)?s)\s+from"
                         r"\s+(?:the\s+)?$")
_FROM = ("from ", "from the ")  # the words just before a force's place


def origin(text: str, m: Mention) -> bool:
    """Whether a mention is where people or goods came from (module doc). A cheap test first: "from" in the 160
    characters before it."""
    if text.endswith(_FROM, m.start - 9 if m.start > 9 else 0, m.start) \
            and _FORCE_FROM.search(text, m.start - 40 if m.start > 40 else 0, m.start) is not None:
        return True
    a = m.start - 160 if m.start > 160 else 0
    if text.find("from", a, m.start) < 0:  # (as "from" in the window, without copying it)
        return False
    window = text[a : m.start]
    for verb in _VERB_STEMS:  # (then one of the verbs, as written: the pattern ignores no case)
        if verb in window:
            return _ORIGIN_BEFORE.search(window) is not None
    return False
