"""Verbs a number's phrase reader does not see, read in classify (extract/classify.py) when the phrase has none: people
moved out of danger by a plain verb of moving, freed people who had been held, things seized by verbs of taking,
people dragged off, wounds told by their treatment, deaths told after a modifier of the noun, the dead told by their
burial ("146 Lakota were put in it" after a trench dug: extract/burials.py); and "missing" told in
other words. Each rule is gated by the sentence's words before any pattern runs (session 10, para10's rules, moved
here to keep classify.py near 400 lines)."""

from __future__ import annotations

from extract.burials import GATE as _BURIAL_GATE, laid_in_grave
from extract.aftermodifier import gate_words as _after_modifier_gate, harm_after_modifier
from extract.captives import freed_after_capture
from extract.context import SentenceContext
from extract.kindmemo import MAX_DEPTH
from extract.missingforms import GATE as _MISSING_GATE, missing_otherwise
from extract.missingheld import MISSING_AFTER, MISSING_KEYS, missing_read
from extract.movedout import MOVABLE, dragged_off, driven_out_before, more_moved, moved_out
from extract.partof import previous
from extract.phrase import Phrase
from extract.records import Quantity
from extract.tradedcounts import swapped_against, swapped_for, weapons_received
from extract.seizeverbs import THINGS as SEIZED_THINGS, gate_words as _seize_gate, seize_verb_before
from extract.joinedverbs import joined_passive
from extract.treatment import GATE as _TREATMENT_GATE, treatment_for_wounds
from extract.triggers import HUMAN

_AFTER_MODIFIER = _after_modifier_gate()  # harm_after_modifier's verbs and auxiliaries
_SEIZE_GATE = _seize_gate()  # seize_verb_before's verbs


def verbs_elsewhere(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str], depth: int) -> None:
    """Set the phrase's verb (and side of it) where a verb the phrase reader does not know acts on the number."""
    text, end = ctx.text, ctx.end
    if (ph.verb is None or ph.verb == "capture" and ph.verb_side == "left") and (
            ph.cls is None or ph.cls in MOVABLE) and (
            (("out" in words or "from" in words) and (moved_out(ctx, q, ph.np_end) or driven_out_before(ctx, q)))
            or (ph.cls is None and depth < MAX_DEPTH and more_moved(ctx, q, depth, previous))):
        ph.verb, ph.verb_side = "displace", "left"  # "took 300 civilians out of the besieged town", "got 450 villagers
        # out of the valley", "took 95 more", "Evicted from their homes, 900 families ..." (extract/movedout.py)
    if ph.verb == "displace" and ph.verb_side == "left" and ph.cls in HUMAN and ph.cls != "displaced" and (
            "held" in words or "kept" in words) and freed_after_capture(text, ph.np_end, end):
        ph.verb = "capture"  # "returned 60 soldiers held since the clashes" (extract/captives.py)
    if ph.verb is None:
        if ph.cls == "munition" and (got := weapons_received(ctx, q, ph, words)) is not None:
            ph.verb, ph.verb_side, ph.verb_start = "deploy", "left", got  # "spend £1.6bn on 5,000 missiles" (below)
        elif text.startswith(" for ", q.char_start - 5):
            swapped_against(ctx, q, ph)  # "exchanged 95 for 95 prisoners": the swap's verb acts on the second
    elif ph.verb == "free" and ph.cls is None and text.startswith(" for ", q.char_end):
        swapped_for(ctx, q, ph)  # and the first counts the second's noun (extract/tradedcounts.py)
    if ph.verb is None and ph.cls in SEIZED_THINGS and not _SEIZE_GATE.isdisjoint(words):
        taken = seize_verb_before(ctx, q)  # "confiscated 230 machetes", "turned up 600 detonators" (seizeverbs.py)
        if taken is not None:
            ph.verb, ph.verb_side, ph.verb_start = "capture", "left", taken
    if ph.verb is None and ph.cls in HUMAN and dragged_off(ctx, q, ph.np_end):
        ph.verb, ph.verb_side = "capture", "left"  # "dragged 12 men out of the bus" (extract/movedout.py)
    if ph.verb is None and ph.cls in HUMAN and not _TREATMENT_GATE.isdisjoint(words):
        treated = treatment_for_wounds(ctx, ph.np_end)  # "19 civilians needed treatment for burns" (treatment.py)
        if treated is not None:
            ph.verb, ph.verb_side, ph.verb_start = "wound", "right", treated
    if ph.verb is None and ph.cls in HUMAN and "and" in words and (joined := joined_passive(text, ph.np_end, end)):
        ph.verb, ph.verb_side, ph.verb_start = joined[0], "right", joined[1]  # "41 persons disembarked and detained
        # by the authorities" (extract/joinedverbs.py)
    if ph.verb is None and (ph.cls is None or ph.cls in HUMAN) and not _AFTER_MODIFIER.isdisjoint(words):
        after = harm_after_modifier(ctx, q, ph.cls, ph.np_end)  # "Twelve passengers on the bus died", "Four crewmen
        if after is not None:  # died" (extract/aftermodifier.py)
            ph.verb, ph.verb_side, ph.verb_start = after[0], "right", after[1]
    if ph.verb is None and (ph.cls is None or ph.cls in HUMAN) and not _BURIAL_GATE.isdisjoint(words):
        laid = laid_in_grave(ctx, ph.np_end)  # "146 Lakota were put in it" after "dug a single trench" (burials.py)
        if laid is not None and (ph.cls is not None or q.char_end == ph.np_end):
            ph.verb, ph.verb_side, ph.verb_start = "kill", "right", laid[0]
            if ph.cls is None:
                ph.cls, ph.subject = "people", "people"


def missing_or_gone(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> bool:
    """Read "missing" after a number no verb acts on, and its other words ("have gone missing", "who disappeared"):
    True when the number is no claim (neither dead nor taken); else the phrase's verb may now be set."""
    text, end = ctx.text, ctx.end
    if not MISSING_KEYS.isdisjoint(words) and missing_read(ctx, q, ph):  # (a cheap test first: its words)
        return True  # "dozens were still missing in the reeds"; "14 are missing" sets its verb (extract/missingheld.py)
    if (ph.verb is None and not _MISSING_GATE.isdisjoint(words)
            and MISSING_AFTER.match(text, max(ph.np_end, q.char_end), end) is None):
        gone = missing_otherwise(ctx, max(ph.np_end, q.char_end))  # "have gone missing", "who disappeared"
        if gone is not None:  # (extract/missingforms.py)
            ph.verb, ph.verb_side, ph.verb_start = "hold", "right", gone[0]
            if gone[1] and ph.cls in (None, "people"):
                ph.cls = "civilian"  # "21,000 people who disappeared": the war's unarmed victims
    return False
