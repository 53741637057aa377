"""People held with no verb of the lexicon saying so: captured.

"38 soldiers as prisoners of war", "held its 248 passengers at gunpoint", "150 men were held in a military camp without trial", "500 people have
disappeared in army custody", "the militia is holding 23 aid workers", "security forces picked up 85 men": the
people counted are held as prisoners or hostages, held somewhere without charge or trial, vanished in custody, or
held or taken away by an armed actor named before the verb (extract/phraseparts.py reads the last two), or are
in a state of capture ("two men charged with the bombing are now in custody", [cues] custody_state). The
classes of people who may be held are triggers.UNARMED (not fighters, who are captured by a verb, nor people
already told displaced or held).

extract/classify.py asks `held_without_verb` for a number of people (or of no noun) with no verb of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.phraseparts import held_by_armed, vanished_in_custody
from extract.records import Quantity
from extract.triggers import UNARMED, lexicon

# People whom an armed actor may hold, or who may vanish in custody.
_HOLDABLE = UNARMED
HELD_WITHOUT = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+(?:still\s+)?(?:held|kept|"
                           r"locked\s+up)\s+(?:[\w'’-]+\s+){0,5}?(?:without\s+(?:charge|trial|access)|incommunicado)\b",
                           re.IGNORECASE)
HELD_WORDS = frozenset({"held", "kept", "locked"})  # the words HELD_WITHOUT needs (a test of the sentence first)
# Hostages taken, told in a sentence ("took hundreds of workers hostage", "seized 40 hostages"): then "they" held
# after it are the hostage-takers (`held_without_verb`).
_HOSTAGES_TAKEN = re.compile(r"\b(?:took|taken|taking|seized|seizing|grabbed)\b[^.;]{0,60}?\bhostages?\b", re.IGNORECASE)


def _hostages_taken(sentence: str) -> bool:
    """Whether the sentence tells hostages taken ("took hundreds of workers hostage")."""
    return "hostage" in sentence and _HOSTAGES_TAKEN.search(sentence) is not None


# People held at gunpoint are hostages, whoever holds them: a verb of holding before the count (a determiner and an
# earlier item of the list between: "held its 248 passengers and 12 crew at gunpoint") and "at gunpoint" (or
# knifepoint) right after the people.
_AT_GUNPOINT = re.compile(r"\s+at\s+(?:gun|knife)\s?point\b", re.IGNORECASE)
_HOLDING_BEFORE = re.compile(r"\b(?:held|holding|holds|hold|kept|keeping|keeps)\s+(?:(?:the|its|their|his|her|all)\s+)?"
                             r"(?:[\w,'’-]+\s+){0,4}?\Z", re.IGNORECASE)
_AS_CAPTIVES = re.compile(r"\s+as\s+(?:prisoners(?:\s+of\s+war)?|hostages|captives|pows|human\s+shields)\b", re.IGNORECASE)


# People in a state of capture ([cues] custody_state), told after them with "are", "remain" (an adverb may follow),
# past a participle phrase that says why ("Two men charged in connection with the bombing are now in custody"):
# captured, whether they are fighters, suspects or people (a state, so the count has no event date: datestates.py).
_STATE_WORDS = frozenset({"custody", "detention", "bars", "arrest", "captivity"})
_STATE_LEAD = (r"(?:\s*,?\s+[\w'’-]+ed\b[^;.:]{0,60}?)?\s*,?\s+(?P<aux>(?:are|were|is|was|remain|remained|remains|"
               r"have\s+been|has\s+been|had\s+been)(?:\s+(?:now|still|all|both|already|currently))*)\s+")


@lru_cache(maxsize=1)
def _in_custody_state() -> re.Pattern[str]:
    """The lead (a participle phrase, an auxiliary), then a state of capture, right after the people counted."""
    return re.compile(_STATE_LEAD + "(?:" + lexicon().cues["custody_state"].pattern + ")", re.IGNORECASE)


def held_without_verb(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> tuple[str, int] | None:
    """("left" or "right", where the verb starts) when the people counted are held with no verb of the lexicon
    saying so: held as prisoners or hostages ("holding 38 soldiers as prisoners of war"), held somewhere without
    charge or trial ("150 men were held in a military camp without trial"),
    vanished in custody ("500 people have disappeared in army custody"), or held or taken away by an armed actor
    named before the verb ("the militia is holding 23 aid workers", "security forces picked up 85 men")."""
    lex = lexicon()
    text, end, after = ctx.text, ctx.end, max(ph.np_end, q.char_end)
    if text.startswith((" as", " As"), after) and _AS_CAPTIVES.match(text, after, end):
        return "right", after  # "holding 38 soldiers as prisoners of war"
    if text.startswith(" at ", after) and _AT_GUNPOINT.match(text, after, end) and (
            held := _HOLDING_BEFORE.search(text, max(ctx.start, q.char_start - 60), q.char_start)):
        return "left", held.start()  # "held its 248 passengers and 12 crew at gunpoint"
    if not _STATE_WORDS.isdisjoint(words) and (state := _in_custody_state().match(text, after, end)):
        return "right", state.start("aux")  # "Two men charged with the bombing are now in custody"
    if ph.cls is not None and ph.cls not in _HOLDABLE:
        return None
    if not HELD_WORDS.isdisjoint(words) and HELD_WITHOUT.match(text, after, end):
        return "right", after
    keys = lex.keys["cue:vanished"]
    if (keys is None or not keys.isdisjoint(words)) and vanished_in_custody(lex, text, after, end):
        ph.cls = "captive"  # (held, as the disappeared are, in peace or war)
        return "right", after
    keys = lex.keys["cue:armed_holding"]
    if keys is None or not keys.isdisjoint(words):
        at = held_by_armed(lex, text, ctx.start, q.char_start, "they" in words and _hostages_taken(ctx.neighbour(-1)))
        if at is not None:
            return "left", at
    return None

