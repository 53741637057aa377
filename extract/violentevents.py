"""Violent events a monitor counts, named in the words the lexicon's compounds lack: attacks.

"UN monitors recorded 17 breaches of the truce", "46 violations of the ceasefire", "our database counts 89 armed
incidents", "the mission logged 30 shooting incidents": a breach or violation "of" a truce (the lexicon holds the
compounds "ceasefire violations", "truce violations"), or incidents that a word before them makes violent, count
attacks in a report of war. Armed, sniper or shelling incidents are violence wherever told; shooting or security
incidents only where a war is named (a city's shootings are crime, an airport's "security incidents" none).
The words live in assets/lexicons/claims.toml [violent_events].
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.partof import Kind
from extract.records import Quantity
from extract.sides import resolve_side
from extract.triggers import closing_table, names_a_war

# The words one of which the sentence must hold for `violent_events` to be asked.
GATE = frozenset({"breaches", "violations", "incidents"})


@lru_cache(maxsize=1)
def _events() -> re.Pattern[str]:
    """The nouns of violent events, right after the number (group 1: a breach of a truce; group 2: armed incidents;
    else incidents that are violent only in a war)."""
    t = closing_table("violent_events")
    truces = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(t["truces"], key=len, reverse=True))
    armed = "|".join(re.escape(w) for w in sorted(t["armed_incidents"], key=len, reverse=True))
    kinds = "|".join(re.escape(w) for w in sorted(t["incident_kinds"], key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:more|further|new|other|separate|reported)\s+)?(?:((?:breaches|violations)\s+of\s+"
                      rf"(?:the\s+|a\s+)?(?:{truces}))|((?:{armed})\s+incidents)|(?:{kinds})\s+incidents)\b",
                      re.IGNORECASE)


def violent_events(ctx: SentenceContext, q: Quantity) -> Kind | None:
    """The kind of a number counting breaches of a truce or violent incidents, in a report of war (None: not)."""
    m = _events().match(ctx.text, q.char_end, ctx.end)
    if m is None or not (m.group(2) or names_a_war(ctx.text)):
        return None
    subject = "ceasefire violation" if m.group(1) else "incident"
    return Kind("attacks", subject, resolve_side(ctx, q, "attacks", "munition", subject, "left", np_end=m.end()))
