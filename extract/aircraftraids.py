"""Aircraft counted as they attack: "Twelve aircraft bombed the town", "two drones struck the base" (classify.py).

A count of aircraft is a force's size (held, deployed) or a loss (destroyed, damaged: "40 aircraft were hit").
When the aircraft are the subject of a verb of attack that acts on an object after it ("bombed the town",
"strafed a convoy", "struck rebel positions"), the number counts the aircraft making the attack: `attacks`, as the
guidelines count munitions used and attacks made. The verb must follow the noun at once (no auxiliary: "12 aircraft
were hit" is damage done to them) and take an object (a participle alone, "12 aircraft hit on the ground", is
passive).
"""

from __future__ import annotations

import re

from extract.phrase import Phrase

_AIR = frozenset({"aircraft", "warplane", "fighter jet", "helicopter", "drone", "bomber"})
_ACTIVE = re.compile(r"(?:bombed|strafed|raided|rocketed|pounded|attacked|struck|hit|shelled|fired\s+on|fired\s+at)\s+"
                     r"(?:the|a|an|its|their|rebel|rebels|enemy|government|army|militia|targets|positions|[A-Z])")


def aircraft_attacking(text: str, ph: Phrase) -> bool:
    """Whether the phrase counts aircraft that make the attack its verb tells (the caller asks only where the verb
    gives a measure of damage or of forces)."""
    return (ph.cls == "equipment" and ph.subject in _AIR and ph.verb_side == "right" and ph.verb_start > ph.np_end
            and not text[ph.np_end : ph.verb_start].strip() and _ACTIVE.match(text, ph.verb_start) is not None)
