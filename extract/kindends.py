"""The last step of extract/classify.py: from the measure a number's words gave to the claim's subject and side.

Here the measure is known (or None: then the kind of thing decides, in classify). What is left is whether a count of
that measure is still no claim of the conflict (peacetime arrests and deliveries, a city's demolitions, all the
hospitals there were), and who was counted and on which side: suspects, people named off a side's losses ("Soviet
losses were 96 dead"), the same people as a count before ("12 soldiers were killed and 40 wounded"), a bare count's
subject by its measure, a civilian toll, a side's losses, mines at sea, and a group told fighting (never civilian).
"""

from __future__ import annotations

import re

from extract.armedcounts import same_people
from extract.armedowner import armed_owner
from extract.context import SentenceContext
from extract.elidedwho import AT_SEA, at_sea, named_off
from extract.fightergroups import own_group
from extract.kindmemo import MAX_DEPTH
from extract.menwords import men_subject
from extract.nonclaims import IN_CONNECTION, SUSPECTED, civilian_toll, peacetime, suspects_side, whole_of_part
from extract.partof import OTHERS, PEOPLE_MEASURES, Kind
from extract.peacetolls import peacetime_works
from extract.phrase import Phrase
from extract.records import Quantity
from extract.statemen import police_officers
from extract.sides import resolve_side
from extract.triggers import side_mentions, theatre_side

_SIDE_LOSSES = re.compile(r"\b([\w-]+)\s+(?:military\s+)?(?:losses|casualties)\b", re.IGNORECASE)
_LOSS_WORDS = frozenset({"losses", "casualties"})  # _SIDE_LOSSES
_BARE_SUBJECT = {"attacks": "attack", "forces": "troops"}  # what a count with no noun of its own counts, by measure
_ELIDED_MEASURES = frozenset({"killed", "wounded", "captured", "displaced"})  # extract/elidedwho.py
_GENERIC = frozenset({"people"})  # a count's subject that names no owner ("men" stays: h08's "lost 30 men")
_HARMED = frozenset({"killed", "wounded"})
_GENERIC_CLASSES = frozenset({None, "people", "toll", "injury"})


def kind_of_measure(ctx: SentenceContext, q: Quantity, ph: Phrase, measure: str, words: frozenset[str], depth: int,
                    cut: bool) -> Kind | None:
    """The claim's measure, subject and side once its measure is known (None: no claim after all)."""
    text = ctx.text
    start, end = ctx.start, ctx.end
    k = q.char_start
    if measure in ("forces", "captured") and peacetime(ctx, ph, measure, q):
        return None  # "Police arrested 14 people", "Boeing delivered 44 jets", a parade's soldiers: no armed conflict
    if measure == "captured" and "suspected" in words and SUSPECTED.match(text, q.char_end, end):
        return Kind(measure, "suspects", suspects_side(text, q, ph))  # "arrested two suspected Maute members"
    if measure == "captured" and "connection" in words and ph.subject in (None, "people") and IN_CONNECTION.match(
            text, ph.np_end if ph.np_end > q.char_end else q.char_end, end):
        return Kind(measure, "suspects", "unknown")  # "12 people were arrested in connection with the bombing"
    if measure in _ELIDED_MEASURES and ph.subject in (None, "people") and depth < MAX_DEPTH and (
            own := named_off(ctx, q, ph, measure, words)) is not None:  # "Soviet losses were 96 dead", "Of our
        return Kind(*own)  # staff, two were killed" (extract/elidedwho.py)
    if measure in PEOPLE_MEASURES and depth < MAX_DEPTH and (ph.cls is None or ph.cls == "injury" or OTHERS.match(
            text, q.char_end, end)):
        whole = same_people(ctx, q, ph, depth)  # "12 soldiers were killed and 40 wounded", "Another six were
        if whole is not None:  # wounded." (extract/armedcounts.py)
            return Kind(measure, whole.subject, whole.side)
    if measure == "destroyed" and ph.cls in ("civil_facility", "settlement") and peacetime_works(ctx, ph):
        return None  # "The city demolished 40 old buildings to make way for a park": no violence, no claim
    if measure == "capacity" and "of" in words and whole_of_part(text, start, k):
        return None  # "three of the capital's 11 main hospitals were still open": 11 is all there were
    subject = ph.subject or (men_subject(text, q.char_end, end) if measure in PEOPLE_MEASURES else None) or _BARE_SUBJECT.get(
        measure, "people")  # "three linesmen were hurt" (extract/menwords.py), "attacks rose to 171", "troop strength at 8,000"
    if ph.cls is None and measure == "killed" and "civilian" in words and civilian_toll(text, max(start, k - 60), k):
        return Kind(measure, "civilians", "civilian")  # "the government put the civilian toll at 1,260"
    if ph.cls is None and measure == "killed":
        owner = _SIDE_LOSSES.search(text, start, k) if (  # "estimate Russian losses at 350,000"
            cut or not _LOSS_WORDS.isdisjoint(words)) else None
        named = side_mentions(text, owner.start(1), owner.end(1)) if owner else []
        if named:
            return Kind(measure, "troops", theatre_side(text, named[0].side))
    subject = at_sea(ctx, q, ph.np_end, subject) if subject in AT_SEA else subject  # "destroyed 14 mines" (elidedwho.py)
    if subject == "officers" and police_officers(ctx):
        subject = "police"  # "Police said ... He said 12 officers had been killed" (extract/statemen.py)
    side = resolve_side(ctx, q, measure, ph.owner_cls or ph.cls, ph.subject, ph.verb_side, np_end=ph.np_end,
                        verb_start=ph.verb_start)
    owned = owned_toll(ctx, q, ph, measure, subject, side, words)
    if owned is not None:
        return owned  # "the battalion holding it lost about 400 dead" (extract/armedowner.py)
    if side == "civilian" or subject == "people":  # "the adoo left 38 dead": a group told fighting (fightergroups.py)
        subject, side = own_group(ctx, q, ph, measure, subject, side)
    return Kind(measure, subject, side)


def owned_toll(ctx: SentenceContext, q: Quantity, ph: Phrase, measure: str, subject: str, side: str,
               words: frozenset[str]) -> Kind | None:
    """The claim of a toll with no noun of its own that an armed body named in its sentence lost:
    its troops, on the body's side or the one read, never civilian (extract/armedowner.py); None otherwise."""
    if measure not in _HARMED or subject not in _GENERIC or ph.cls not in _GENERIC_CLASSES:
        return None
    owner = armed_owner(ctx, q, words)
    if owner is None:
        return None
    return Kind(measure, owner[0], owner[1] or ("unknown" if side == "civilian" else side))
