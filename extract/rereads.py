"""The phrase read again where its words say more than read_phrase saw: three late readings of a number's phrase.

- people taken "hostage" with the verb split around the count: "had taken hundreds of villagers hostage"
  (captured; extract/splitverbs.py);
- people counted "with" wounds: "admitted 127 people with gunshot wounds" (wounded; extract/withwounds.py);
- whose deaths a death count counts, by "of": "19 killings of opposition supporters" (the subject and the side
  are those people's; extract/victimsof.py).

extract/classify.py calls `reread` once, after the verbs split around "to" ("to death", "to safety") and before
the rules that drop numbers counting no harm; each reading first tests a word of the sentence or the characters
after the phrase.
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.records import Quantity
from extract.splitverbs import taken_hostage
from extract.victimsof import victims_of
from extract.withwounds import with_wounds

_HOSTAGE_WORDS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"})  # taken_hostage


def reread(ctx: SentenceContext, q: Quantity, ph: Phrase, words: frozenset[str]) -> None:
    """Set the verb, class or subject of `ph` where one of the readings applies (it changes `ph` in place)."""
    if ph.verb in (None, "capture") and not _HOSTAGE_WORDS.isdisjoint(words):
        took = taken_hostage(ctx, q, ph)  # "had taken hundreds of villagers hostage"
        if took is not None:
            ph.verb, ph.verb_side, ph.verb_start = "capture", "left", took
            ph.cls, ph.subject = ph.cls or "people", ph.subject or "people"
    if ph.verb is None and "with" in words and with_wounds(ctx, ph):
        ph.verb, ph.verb_side, ph.verb_start = "wound", "right", ph.np_end  # "127 people with gunshot wounds"
    if ph.cls in ("toll", "homicide") and ctx.text.startswith(" of ", ph.np_end):
        of = victims_of(ctx, ph)  # "19 killings of opposition supporters"
        if of is not None:
            ph.owner_cls, ph.subject = of[0], of[1]
