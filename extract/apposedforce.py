"""A force's size told beside its noun rather than on it: the count in apposition, or counted by a verb of number.

- "Dutch paratroopers, about 250 of them, were dropped on the airfield": an appositive partitive after a noun of
  armed men ([nouns] fighter, peacekeeper) counts that force (the number alone reads "250 of them", no noun);
- "Rebel units stayed; the last of them, some 12,000 men, left in May": men in apposition to a part of the force
  ("the last of them", "the rest of them", "the bulk of the army") count it;
- "The Army of the North, some 40,000 men, was advancing", "the garrison, about 600 men, held out": men in
  apposition to a noun of a force (an army, a corps, a division, a garrison) count it;
- "Officials say it may number 5,000 men": men counted by a modal verb of number ("may number", "will total") are
  the size of a force to come.

Each is a force's size (forces) unless a verb of harm follows the apposition ("…, about 250 of them, were killed":
left to the other rules). Only in a report that names a war: "Sales staff, about 40 of them, were moved" is none.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.phrase import Phrase
from extract.qualifierwords import qualifier_pattern
from extract.records import Quantity
from extract.sides import resolve_side
from extract.triggers import ARMED, lexicon, names_a_war, norm

__all__ = ["apposed_force"]

_QUAL = r"(?:" + qualifier_pattern() + r"\s+)?"
# "<noun>, about 250 of them, …": the noun before the comma (group 1); after the number, "of them" and a comma.
_NOUN_COMMA = re.compile(r"\b([\w'’-]+)\s*,\s*" + _QUAL + r"\Z", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s*,", re.IGNORECASE)
# "the last of them, some 12,000 men, …": a part of a force before, "men" and a comma after.
_PART_COMMA = re.compile(r"\b(?:the\s+)?(?:last|rest|bulk|remainder|remnants?|first|main\s+body)\s+of\s+(?:them|the\s+[\w'’-]+)"
                         r"\s*,\s*" + _QUAL + r"\Z", re.IGNORECASE)
# "the Army of the North, some 40,000 men, …": a noun of a force (perhaps "of the" and a name) before, "men" after.
_FORCE_COMMA = re.compile(r"\b(?:army|corps|division|brigade|legion|garrison|column|regiment|battalion|contingent|"
                          r"expeditionary\s+force|task\s+force)(?:\s+of\s+the\s+[A-Z][\w'’-]*)?\s*,\s*" + _QUAL + r"\Z",
                          re.IGNORECASE)
_MEN_COMMA = re.compile(r"\s+men\s*,", re.IGNORECASE)
# "it may number 5,000 men", "the force will total 6,000 men".
# (a force to come, said by a modal: a force's own "numbered" is read by extract/numbergiven.py and forcemen.py)
_NUMBER_VERB = re.compile(r"\b(?:may|might|could|would|will|should|is\s+to|was\s+to)\s+(?:eventually\s+)?(?:number|total)"
                          r"\s+" + _QUAL + r"\Z", re.IGNORECASE)
# A verb of harm after the apposition: the count is a toll, not a size.
_HARM_AFTER = frozenset({"kill", "wound", "capture", "displace", "hold", "hospital"})
_HAS_BE = re.compile(r"\s*(?:were|was|are|is|had\s+been|have\s+been|has\s+been)?\s*")


def apposed_force(ctx: SentenceContext, q: Quantity, ph: Phrase) -> tuple[str, str, str] | None:
    """(forces, subject, side) of a force's size told in apposition or by a verb of number (module doc), else None.
    Asked for a number with no verb and no noun, or "men" as its noun."""
    text, k, lo = ctx.text, q.char_start, max(ctx.start, q.char_start - 60)
    if ph.cls is None:
        after = _OF_THEM.match(text, q.char_end, ctx.end)
        noun = _NOUN_COMMA.search(text, lo, k) if after else None
        got = lexicon().noun_class.get(norm(noun.group(1))) if noun else None
        if got is None or after is None or noun is None or got[0] not in ARMED or _harm_after(
                text, after.end(), ctx.end):
            return None
        cls, subject, np_end = got[0], got[1], noun.end(1)
    elif ph.subject == "men":
        after = _MEN_COMMA.match(text, q.char_end, ctx.end)
        if after is not None and _PART_COMMA.search(text, lo, k) and not _harm_after(text, after.end(), ctx.end):
            cls, subject, np_end = "fighter", "men", q.char_end
        elif after is not None and _FORCE_COMMA.search(text, lo, k) and not _harm_after(text, after.end(), ctx.end):
            cls, subject, np_end = "fighter", "troops", q.char_end  # "the Army of the North, some 40,000 men,"
        elif _NUMBER_VERB.search(text, lo, k):
            cls, subject, np_end = "fighter", "men", q.char_end
        else:
            return None
    else:
        return None
    if not names_a_war(text):
        return None
    return "forces", subject, resolve_side(ctx, q, "forces", cls, subject, "", np_end=np_end)


def _harm_after(text: str, at: int, end: int) -> bool:
    """Whether a verb of harm follows the apposition closed at `at` ("…, 250 of them, were killed")."""
    lex = lexicon()
    be = _HAS_BE.match(text, at, end)
    assert be is not None  # (it matches the empty string)
    m = lex.verb_re.match(text, be.end(), end)
    return m is not None and lex.verb_group.get(norm(m.group(0))) in _HARM_AFTER
