""""So far" of bodies found is no day of its own: the dead were killed in the incident, found since.

"So far, 58 corpses have been recovered and buried", "Among the dead identified so far are two police officers":
the count is of the incident's dead, made up to now by finding or naming them. The house dates such a count by the
deaths it counts (GUIDELINES: the event date is the date of the event counted), so "so far" becomes a day of
telling (extract/dates.py kind "report", no date): the incident's date goes on to it, and past it to the story's
later sentences (extract/datesaid.py). Alone elsewhere "so far" stays the published day ("Militants have captured 6
villages so far", extract/datehits.py).
"""

from __future__ import annotations

import re

# Cheap test first: each match holds one of these (lower-cased).
_STEMS = ("bod", "corpse", "dead", "remains")
# The dead or their bodies and a verb of finding, naming or burying them, in either order within a few words.
_FOUND = re.compile(r"\b(?:bod(?:y|ies)|corpses?|(?:the\s+)?dead|remains)\b(?:\s+[\w'’-]+){0,4}?\s+"
                    r"(?:(?:have|had|has)\s+(?:now\s+)?been\s+|were\s+|was\s+)?"
                    r"(?:recovered|identified|found|retrieved|buried|counted|dug\s+up|exhumed|pulled)\b", re.IGNORECASE)


def bodies_found(sentence: str) -> bool:
    """Whether the sentence counts the dead found, named or buried (module doc). Substring tests first."""
    low = sentence.lower()
    return any(w in low for w in _STEMS) and _FOUND.search(sentence) is not None
