"""Forces of two actors named together, one of them outside the taxonomy of sides: side unknown.

"The United States and South Korea plan exercises involving 8,000 personnel": the force is both countries',
and the guidelines have no side for the second, so the count is mixed (unknown), not the first actor's. Asked
only for a force count whose first side named in the sentence is joined by "and" to a capitalised name that
names no side of its own ("The army and Hezbollah sent 400 men" keeps the rules of extract/sides.py).
"""

from __future__ import annotations

import re

from extract.triggers import Mention

_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]*")


def joined_with_another(text: str, first: Mention, mentions: list[Mention], end: int) -> bool:
    """Whether the side mention `first` is joined by "and" to a capitalised name no mention in `mentions` covers."""
    m = _AND_NAME.match(text, first.end, end)
    if m is None:
        return False
    name_at = m.end() - len(m.group(0).split()[-1])
    return not any(x.start <= name_at < x.end for x in mentions)
