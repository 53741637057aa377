"""Ships counted with no navy, arms or side named beside them are no force: a convoy's or a flotilla's civilian
vessels ("Sailed in company with five other vessels", "700 people from the six ships were held").

A plain ship, vessel or boat is a force of a war only as a warship or an armed craft: the sentence must name a navy
or a warship ([wrecks] warships: "The navy sent 5 ships"), arms or armed men ("boats with armed men"), an armed body
("The army has 40 boats") or a side that owns them ("Russia has 12 ships in the Black Sea"). Asked only for a count of plain ships read as forces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.triggers import closing_table, find_sides, whole_words

PLAIN_SHIPS = frozenset({"ship", "boat"})  # the subjects of "ships", "vessels", "boats" ([nouns.equipment])
_ARMED = re.compile(r"\b(?:armed|arms|guns?|gunmen|soldiers|troops|commandos|marines|pirates|militants|fighters|army|"
                    r"armies|military|forces|militias?|rebels?|insurgents|guerrillas|police|coast\s*guard)\b",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _warships() -> re.Pattern[str]:
    return whole_words(closing_table("wrecks")["warships"])


def civil_ships(ctx: SentenceContext) -> bool:
    """Whether the sentence of a count of plain ships names no navy, warship, arms or side: civilian vessels."""
    sentence = ctx.sentence
    return not (_warships().search(sentence) or _ARMED.search(sentence) or find_sides(sentence, 0, len(sentence)))
