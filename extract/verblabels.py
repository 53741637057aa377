"""A list under a label that is a verb of harm: "Destroyed: 4 tanks, 2 carriers and 6 trucks" (extract/classify.py).

After-action reports, battle-damage assessments and communiqués list what befell things under a participle and a
colon, with no verb in the list itself ("Destroyed: ...", "Damaged: ...", "Captured: ...", "Killed: ..."). Each
number of the list is read as if the label's verb stood after its noun ("4 tanks destroyed"). extract/labelrows.py
reads a row whose label names the thing and the harm ("Tanks destroyed: 4"); this reads the label that names only
the harm, for the numbers that have a noun of their own and no verb (a number with no noun is left to the list
rules). The label is the first words of the sentence or of its line (a bullet aside), at most three words, and the
whole label is one verb of the lexicon of the groups of harm: "Note: 4 tanks were seen" names none.
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.designators import calibre_rounds, designated_munition
from extract.phrase import Phrase
from extract.records import Quantity
from extract.triggers import lexicon, norm

_HARM = frozenset({"kill", "wound", "capture", "displace", "destroy", "damage"})
_MAX_LABEL = 3  # words: "Destroyed or damaged", "Taken prisoner"


def label_verb(ctx: SentenceContext, q: Quantity, ph: Phrase) -> bool:
    """Set the phrase's verb to its list's label verb ("Destroyed: 4 T-72 tanks, ..."); whether it did.

    The caller asks only for a number with a noun and no verb, in a sentence with a colon before the number."""
    text, k = ctx.text, q.char_start
    colon = text.rfind(":", ctx.start, k)
    a = max(text.rfind("\n", ctx.start, colon), ctx.start - 1) + 1
    label = text[a:colon].strip(" \t-*•")
    if not label or len(label.split()) > _MAX_LABEL or any(c in text[colon + 1 : k] for c in ";:"):
        return False
    group = lexicon().verb_group.get(norm(label))
    if group not in _HARM:
        return False
    ph.verb, ph.verb_side, ph.verb_start = group, "right", a
    return True


def read_shorthand(ctx: SentenceContext, q: Quantity, ph: Phrase) -> None:
    """Military shorthand a phrase leaves unread: a weapon designator as the number's noun ("placed 2 AGM-65",
    extract/designators.py), then a list's label verb for a number with a noun and no verb ("Destroyed: 4 tanks")."""
    text, e = ctx.text, q.char_end
    if ph.cls is None and text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
        designated_munition(text, e, ctx.end, ph)
    elif ph.cls == "out" and text.startswith(" rounds", e):
        calibre_rounds(text, e, ctx.end, ph)  # "1,150 rounds 30mm" (extract/designators.py)
    if ph.verb is None and ph.cls is not None and text.find(":", ctx.start, q.char_start) >= 0:
        label_verb(ctx, q, ph)
