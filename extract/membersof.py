"""Members of a force counted by the number: "55 members of the security forces", "45 members of the rival group".

read_phrase (extract/phrase.py) asks this where the words after a number start with "members": members of the
state's forces are troops (police when the police are named), members of an armed group, unit or force are
fighters; "seven members" of a council, "members of the emergency unit" (a hospital's) are neither. Split from
extract/phrase.py to keep that file under the house's ~400 lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.triggers import lexicon

_ARMED_MEMBERS = re.compile(r"members\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:armed\s+group|group|militia|faction|gang|brigade|battalion|movement|forces?|army|"
                            r"cell|network|organi[sz]ation|squad|commando|platoon|regiment|detachment|patrol)s?\b",
                            re.IGNORECASE)
_STATE_MEMBERS = re.compile(r"members\s+of\s+(?:the\s+|its\s+|their\s+)?((?:security|armed|government|state)\s+forces|"
                            r"army|military|police(?:\s+force)?|law[\s-]+enforcement(?:\s+(?:and|&)\s+(?:security|armed)\s+"
                            r"forces|\s+(?:agencies|forces|bodies))?)\b", re.IGNORECASE)


def _state_subject(named: str) -> str:
    """The police when the words name only the police ("the police force", "law enforcement agencies"), else troops
    ("the security forces", "the law enforcement and security forces")."""
    low = named.lower()
    return "police" if low.startswith("police") or low.startswith("law") and not ("security" in low or "armed" in low) else (
        "troops")


@lru_cache(maxsize=1)
def _unit_members() -> re.Pattern[str]:
    """"members of the unit": armed when "unit" stands alone after the article or an armed word of [cues] armed_units
    names it ("the police unit", "an elite unit"); "the emergency unit", "the paediatric unit" are a hospital's."""
    armed = lexicon().cues["armed_units"].pattern
    return re.compile(r"members\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:" + armed + r"\s+){0,3}units?\b",
                      re.IGNORECASE)


def members_of(text: str, pos: int, end: int) -> tuple[str, str, int] | None:
    """(class, subject, end of the phrase) of the members of a force named at `pos` ("members of the police":
    "fighter", "police"), or None when the words there name no force's members."""
    state = _STATE_MEMBERS.match(text, pos, end)
    if state:  # "55 members of the security forces", "12 members of the police"
        return "fighter", _state_subject(state.group(1)), state.end()
    armed = _ARMED_MEMBERS.match(text, pos, end)
    if armed is None and text.startswith("embers of ", pos + 1):
        armed = _unit_members().match(text, pos, end)  # "members of the police unit" (not "of the emergency unit")
    if armed:  # "45 members of the rival group" (but not "seven members" of a council)
        return "fighter", "fighters", armed.end()
    return None
