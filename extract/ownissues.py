"""An earlier issue of the document's own series speaks in its voice: in "Communique No. 6 of the Republic
Headquarters", "Communique No. 5 gave the number … as seven" is the headquarters' own earlier figure (corrected
or not), not a claimant of its own; so is "Bulletin No. 41" in a bulletin, "Situation Report No. 12" in a
situation report.

A numbered document of a series the text does not itself belong to ("Resolution No. 5", or a communique named in
a news report) stays a claimant as extract/cues.py found it.
"""

from __future__ import annotations

import re

__all__ = ["own_issue"]

_NUMBERED = re.compile(r"(?:the[ \t]+)?(?:(?:our|its)[ \t]+)?(?P<noun>(?:[A-Z][\w-]*[ \t]+){0,2}?[\w-]+)[ \t]+No\.?[ \t]*"
                       r"(?P<number>\d+)", re.I)


def own_issue(text: str, name: str) -> bool:
    """Whether `name` ("Communique No. 5") is another issue of the series the document's title names for itself
    ("Communique No. 6 of …"): the same document noun with another number."""
    if "No" not in name:
        return False
    m = _NUMBERED.fullmatch(name.strip())
    if m is None:
        return False
    title = text[:text.find("\n")] if "\n" in text else text
    noun = m.group("noun").split()[-1].casefold()
    return any(h.group("noun").split()[-1].casefold() == noun and h.group("number") != m.group("number")
               for h in _NUMBERED.finditer(title))
