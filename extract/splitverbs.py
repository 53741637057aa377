"""Verbs split around the count: people brought "to safety", people taken "hostage", done "to death".

People brought "to safety": a verb split around the count that moves people out of danger, in a report of war.

"The Force escorted more than 800 women and children to safety", "boats ferried 2,000 villagers to safety",
"soldiers led 40 pupils to safety": people moved away from the fighting are displaced (GUIDELINES.md: evacuated
people), though the verb alone ("escorted 40 trucks", "brought 12 journalists") says nothing of the kind. The verb
stands just before the number (qualifiers aside) and "to safety" just after its noun phrase; the noun, if any, must
count people (extract/classify.py checks the class when it reads the measure: equipment brought to safety is no
claim of displacement).

People taken "hostage": "units had taken hundreds of villagers hostage", "took 12 traders captive", "were taking 40
men prisoner": a form of "take" before the number (qualifiers aside) and "hostage", "captive" or "prisoner" just
after its noun phrase; captured, whoever the people are ("taken hostage" joined is a verb of the lexicon already).

People or buildings brought "to an end": "hacked 23 villagers to death" (killed), "reduced 60 shops to ashes"
(destroyed); not people sentenced or condemned to death (a court's sentence).

extract/classify.py asks `to_an_end`, then `to_safety`, when no verb was found and " to " follows the noun phrase;
`taken_hostage` when "hostage", "captive" or "prisoner" is a word of the sentence.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.tailwords import strip_fillers
from extract.triggers import UNARMED, names_a_war

_TO_SAFETY = re.compile(r"\s+to\s+(?:(safety|safe\s+(?:areas?|ground|havens?|zones?))|shelters?|the\s+camps?)\b",
                        re.IGNORECASE)  # (group 1: out of danger; else a place people may be sent in peace too)
# Verbs that move people when "to safety" follows ("escorted 800 women to safety").
_MOVERS = frozenset("""escort escorts escorted escorting lead leads led leading bring brings brought bringing ferry
    ferries ferried ferrying guide guides guided guiding carry carries carried carrying help helps helped helping
    airlift airlifts airlifted airlifting shepherd shepherded ship shipped bus bussed bused take takes took taken
    taking get got getting move moved moving""".split())
# Verbs of evacuating: the only movers that send people "to shelters" or "to the camps" as the displaced ("ferried
# 2,000 villagers to the camps"; "brought 12 doctors to the camps" is staff sent to work).
_EVACUATORS = frozenset("""evacuate evacuates evacuated evacuating ferry ferries ferried ferrying airlift airlifts
    airlifted airlifting bus bussed bused ship shipped shepherd shepherded""".split())
_TO_AN_END = re.compile(r"\s+to\s+(?:(death)|ashes|rubble|the\s+ground|cinders)\b", re.IGNORECASE)
# (a noun the lexicon does not hold may follow "of": "hundreds of Turkish Cypriots hostage")
_HOSTAGE = re.compile(r"(?:\s+of(?:\s+[A-Za-z][\w'’-]*){1,3}?)?\s+(?:as\s+)?(?:hostages?|captives?|prisoners?)\b",
                      re.IGNORECASE)
_TAKERS = frozenset({"take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding"})
HUMAN_MOVED = UNARMED | {None}  # people (or a number of no noun) who may be taken hostage
# People moved to safety as the displaced: not staff (doctors, aid workers) sent where the displaced are.
_DISPLACEABLE = HUMAN_MOVED - {"third_party", "medical"}


def to_safety(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Whether the number counts people a verb before it moved "to safety", in a report of war (the caller sets
    the verb group); "to shelters" and "to the camps" only after a verb of evacuating. Not pupils led to safety
    from a school's fire alarm (no war named), nor doctors brought to the camps (staff)."""
    if ph.cls not in _DISPLACEABLE:
        return False
    m = _TO_SAFETY.match(ctx.text, ph.np_end, ctx.end)
    if m is None:
        return False
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 40)
    before = text[lo : strip_fillers(text, lo, k)].rsplit(None, 1)
    verb = before[-1].lower() if before else ""
    return (verb in _MOVERS if m.group(1) else verb in _EVACUATORS) and names_a_war(ctx.text)


def taken_hostage(ctx: SentenceContext, q: Quantity, ph: Phrase) -> int | None:
    """Where the form of "take" starts when the number counts people it made hostages ("had taken hundreds of
    villagers hostage"; the caller sets the verb group), else None."""
    if ph.cls not in HUMAN_MOVED or not _HOSTAGE.match(ctx.text, ph.np_end, ctx.end):
        return None
    text, k = ctx.text, q.char_start
    lo = max(ctx.start, k - 40)
    stop = strip_fillers(text, lo, k)
    before = text[lo:stop].rsplit(None, 1)
    if not before or before[-1].lower() not in _TAKERS:
        return None
    return text.rfind(before[-1], lo, stop)


def to_an_end(ctx: SentenceContext, q: Quantity, ph: Phrase) -> str | None:
    """The verb group of a verb split around the count: people done "to death" ("hacked 23 villagers to death",
    "beat five men to death") are killed, buildings reduced "to ashes" or "to rubble" destroyed; not people
    sentenced or condemned to death (a court's sentence)."""
    m = _TO_AN_END.match(ctx.text, ph.np_end, ctx.end)
    if m is None:
        return None
    before = ctx.text[max(ctx.start, q.char_start - 40) : q.char_start].lower().split()
    if any(w.startswith(("sentenc", "condemn")) for w in before[-3:]):
        return None
    return "kill" if m.group(1) else "destroy"
