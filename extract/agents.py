"""People counted as the doers of a harm, not the ones it befell: "Four gunmen kidnapped the pilot".

extract/phrase.py reads a verb after the counted people as what befell them ("40 people killed in the raid", "12
soldiers were wounded"). A verb of harm in the active voice with its own object after it tells what the people did:
"four gunmen seized the plane", "three hijackers, two X and two Y, took over the aircraft", "20 rebels abducted the
mayor", "six soldiers shot dead two looters". They are the attackers, counted by their noun as any people with no
verb are (a force's size for armed men), not the captured or the dead.

Active: no auxiliary of the passive ("were", "was", "been", "being", "is", "are", "got") between the people and the
verb, and an object right after the verb: a determiner or possessive, a number, a pronoun, or a capitalised name.
A time after the verb is no object ("30 people killed the previous day", "the day before", "last week").
"""

from __future__ import annotations

import re

from extract.storyyear import MONTH_NAMES, WEEKDAY_NAMES
from extract.triggers import lexicon

# The verb groups whose verbs may take the harmed as their object (extract/triggers.py, [verbs] in claims.toml).
_AGENT_GROUPS = frozenset({"kill", "wound", "capture", "destroy", "damage"})
# Verbs that take no object or tell what the people underwent (a headline's "Died Since" is no object).
_UNDERGONE = ("los", "suffer", "sustain", "taken", "rounded", "die", "dead", "dying", "perish", "succumb", "martyr",
              "starved", "among", "in ", "still", "remain", "behind", "held", "went", "go ")
_PASSIVE = re.compile(r"\b(?:were|was|been|being|is|are|be|got|get|gets)\b", re.IGNORECASE)
# What an object opens with: a determiner, possessive, number or pronoun (lower case), or a capitalised name.
_OBJECT = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                     r"scores|hundreds|him|them|us|several|some|many|all|both)\b|\d|[A-Z][a-z])")
# A time after a participle ("killed the previous day", "wounded the week before"): no object.
_TIME_AFTER = re.compile(r"\s+(?:the\s+)?(?:same|previous|following|next|day|days|night|nights|week|weeks|month|months|"
                         r"year|years|morning|evening|afternoon|weekend|last|this|earlier|"
                         + "|".join(WEEKDAY_NAMES + MONTH_NAMES) + r")\b")


def doers_of_harm(text: str, np_end: int, verb: str | None, verb_start: int, end: int) -> bool:
    """Whether the verb group `verb` at `verb_start`, after the people counted (ending at `np_end`), is active with
    an object of its own: the people did the harm ("Four gunmen seized the plane"), none befell them."""
    if verb not in _AGENT_GROUPS or verb_start < np_end or _PASSIVE.search(text, np_end, verb_start):
        return False
    m = lexicon().verb_re.match(text, verb_start, end)
    if m is None or m.group(0).lower().startswith(_UNDERGONE):
        return False  # ("lost their homes", "suffered burns", "died": what befell them, or no object)
    obj = _OBJECT.match(text, m.end(), end)
    return obj is not None and (m.group(0).islower() or not obj.group(0)[-1:].isupper()) and _TIME_AFTER.match(
        text, m.end(), end) is None  # (a capital after a capitalised verb is a headline's: "Have Died Since")
