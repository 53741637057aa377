"""A verb of saying whose subject is left out after a conjunction: "… confirmed the blast but said".

Split from extract/claimants.py, which asks `elided_subject` before it walks back from the verb to a claimant
(the subject is then the earlier clause's, which extract/cues.py carries over). Each pattern is searched at the
text's end only (extract/cuescan.py's `tail_search`), after a substring test where one is cheaper.
"""

from __future__ import annotations

import re

from extract.cuescan import tail_search
from extract.rx import guarded

_ELIDED_SUBJECT = guarded(r"\b(?:and|but)\s*$")
# The same with a word of sequence: "… welcomed the deal and then said", "…, then said", "… but later said".
_ELIDED_THEN = guarded(r"(?:\b(?:and|but)\s|,\s?)(?:then|later)\s*$")
_ELIDED_THEN_REACH = 9  # the longest match before its trailing white space ("but later"): tail_search's `longest`
# The same with an auxiliary or a reflexive: "… had received 212 complaints and had itself documented", "… and has
# also said", "but had himself counted".
_ELIDED_AUX = guarded(r"\b(?:and|but)\s+(?:(?:has|had|have)\s+)?(?:(?:itself|themselves|himself|herself|also)\s+)?$")
_ELIDED_AUX_REACH = 22  # "but have themselves" and its blanks: tail_search's `longest`


def elided_subject(text: str, end: int) -> bool:
    """Whether the verb at `end` follows a conjunction that leaves its subject out ("… confirmed the blast but
    said", "… welcomed the deal, and then said"): the subject is the earlier clause's. A substring test before the
    second pattern."""
    if tail_search(_ELIDED_SUBJECT, text, end, 3):
        return True
    window = text[end - 12 if end > 12 else 0 : end]
    if ("then" in window or "later" in window) and (m := tail_search(_ELIDED_THEN, text, end, _ELIDED_THEN_REACH)):
        return not (m.group().startswith(",") and m.start() < 200 and _CLOSED_RELATIVE.fullmatch(text, 0, m.start()))
        # ("Kenya, which had let the planes refuel, later said": the comma closes the subject's relative clause)
    window = text[end - 24 if end > 24 else 0 : end]
    return ("has" in window or "had" in window or "self" in window or "selves" in window) and tail_search(
        _ELIDED_AUX, text, end, _ELIDED_AUX_REACH) is not None


# A sentence opening with its subject, a name or "the" and a noun, and a relative clause set off after it, closed right
# where the text stops: "Kenya, which had let the planes refuel" (before ", later said").
_CLOSED_RELATIVE = re.compile(
    r"\W*(?:(?:(?:The|the|Its|Their)\s+)?(?:(?:[A-Z][\w'’.-]*|of|for|and)\s+){0,6}?[A-Z][\w'’.-]*"
    r"|(?:The|Its|Their)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),\s+(?:which|who)\s+[^,;:()]{1,100}")
