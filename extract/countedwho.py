"""Session 9's readings of what a number counts where the phrase reader found no noun, or a too-general one.

extract/classify.py asks `read_who` once for every number, after the phrase is read. Each reading has its module:
- "put its own dead at 6,954", "Hanoi's figure for the dead was 20,000" (extract/puttolls.py);
- "Two more companies, about 200 men, are due" - the units' men (extract/unitmen.py);
- "Twelve UN troops", "78 UNTAC personnel": peacekeepers; "For civilians, ... 10,000 had been killed"
  (extract/whocounted.py).
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.puttolls import put_at
from extract.records import Quantity
from extract.triggers import lexicon
from extract.unitmen import men_of_units
from extract.whocounted import fronted_topic, un_force


def read_who(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> None:
    """Set `ph`'s class and subject where one of the readings above holds (see the module)."""
    text, start, k = ctx.text, ctx.start, q.char_start
    if ph.cls is None:
        if ph.verb is None and (named := put_at(text, start, k, words)):
            ph.cls, ph.subject = named
        elif text.startswith(("For ", "As for ", "\"For ", "“For "), start) and (
                named := fronted_topic(lexicon(), text, start, k)):
            ph.cls, ph.subject = named
    elif ph.cls == "people":
        if ph.verb is None and (unit_men := men_of_units(text, start, k, ph.subject, words)):
            ph.cls, ph.subject = "fighter", unit_men
    elif ph.cls == "fighter" and ph.np_end > q.char_end and un_force(text, q.char_end, ph.np_end):
        ph.cls, ph.subject = "peacekeeper", "peacekeepers"
