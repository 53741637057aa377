"""A bare number whose own verb harms things: "Two of our ambulances were hit; one was burned out".

A number with no noun of its own stands for things of the count just before it in its sentence ("ambulances"),
and its own verb says what befell them: burned out (destroyed), hit (damaged). Without this
the number would borrow the count before it whole, verb and all ("one" damaged, as the two were). The verb must be
one that harms things only (extract/triggers.py: it gives no measure for people), and the count before must count
things harmed (destroyed, damaged or seized): "Six tanks were hit; two were destroyed" (two tanks destroyed);
not people. ("captured" also takes people: "two were captured" is left to the rules of people, extract/partof.py.)

extract/classify.py asks `own_thing_verb` for a number with no noun and no verb of its own reading, before it asks
what the count before counts.
"""

from __future__ import annotations

import re
from extract.context import SentenceContext
from extract.partof import Kind, previous
from extract.records import Quantity
from extract.triggers import lexicon, measure_for, norm

_AUX = re.compile(r"\s+(?:(?:later|also|then|all|both|each)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are|"
                  r"had|has|have)\s+)?(?:(?:later|also|then|completely|totally|partly|badly|reportedly)\s+)?",
                  re.IGNORECASE)  # ("one had sunk": an intransitive verb of loss after "had"; "400 houses were looted
# and 50 set on fire": the auxiliary shared with the count before)
_THING_MEASURE = {"destroy": "destroyed", "damage": "damaged"}
_THINGS_HARMED = frozenset({"destroyed", "damaged", "seized"})


def own_thing_verb(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """(measure, subject, side) of a bare number whose passive verb harms things, for the things of the count
    before it in the sentence; None otherwise."""
    text = ctx.text
    aux = _AUX.match(text, q.char_end, ctx.end)
    if aux is None:
        return None
    lex = lexicon()
    verb = lex.verb_re.match(text, aux.end(), ctx.end)
    group = lex.verb_group.get(norm(verb.group(0))) if verb else None
    if group not in _THING_MEASURE or measure_for(group, "people") is not None:
        return None  # ("captured" people, "killed": a verb of people, read by the rules of people)
    whole = previous(ctx, q, depth)
    if whole is None or whole.measure not in _THINGS_HARMED:
        return None
    return Kind(_THING_MEASURE[group], whole.subject, whole.side)
