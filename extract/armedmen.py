"""Men counted "with" weapons in hand are armed men, a force: "hundreds of men with machetes and home-made guns
were coming along the coast road", "some 200 men armed with rifles".

The weapons are [cues] hand_weapons of assets/lexicons/claims.toml (not tools: "40 men with shovels" are no force).
extract/classify.py asks this for a count of "men" (or "young men", "people") no verb reaches: a verb that
reaches them says what befell them ("killed 12 men with machetes" is a toll, whatever the weapon was).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.triggers import lexicon

_WITH = re.compile(r"\s+(?:armed\s+)?with\s+(?:(?:their|its|rusty|old|sharpened|heavy|light|their\s+own)\s+)?",
                   re.IGNORECASE)
_ARMABLE = frozenset({"men", "people", "young men", "youths"})


def armed_men(ctx: SentenceContext, ph: Phrase) -> bool:
    """Whether the men counted are said to hold weapons: "with machetes", "armed with rifles"."""
    if ph.subject not in _ARMABLE or ph.verb is not None:
        return False
    m = _WITH.match(ctx.text, ph.np_end, ctx.end)
    return m is not None and lexicon().cues["hand_weapons"].match(ctx.text, m.end(), ctx.end) is not None
