"""A court or inquiry that "heard that …" gives the figure it heard as its record's (for extract/sourcephrases.py).

"A court in Palu heard in 2001 that the attackers numbered about 150", "the inquiry was told that 40 …": what a
court heard is the evidence before it, named as the court's (GUIDELINES.md: who makes the claim, as named). Only a
court, tribunal, inquiry or trial as the subject, and "heard" with a that-clause: "residents heard 12 explosions"
and "the court heard the case" are no cue.
"""

from __future__ import annotations

import re

from extract.names import first_named

_HEARD = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:court|tribunal|inquiry|inquest|trial|hearing)"
    r"(?:\s+(?:in|at|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"
    r"(?:\s*,[^,;:\n]{1,40},)?\s+(?P<verb>heard|was\s+told)\s+(?:[\w'’-]+\s+){0,3}?that\b")


_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def court_heard(sentence: str, low: str) -> tuple[str, int, int, str] | None:
    """(name, start, end, verb) of a court that heard the that-clause after it, or None. `low`: the sentence folded."""
    if " heard " not in low and " was told " not in low:
        return None
    m = _HEARD.search(sentence)
    if m is None:
        return None
    np = _ARTICLE.sub("", m.group("np"))  # (as written, its seat kept: "court in Palu", as the gold names bodies)
    return (np, m.start("np"), m.end("verb"), "heard") if first_named(np) else None
