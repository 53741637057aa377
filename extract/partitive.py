"""The whole of a partitive does not take the harm of its part.

"The clinic has seen 530 children, 41 of them for shrapnel wounds": 41 were wounded, the 530 were only
seen. A count followed by ", N of them ..." (or "most of them", "many of whom") is the whole the part is taken
from; the words after the part tell what befell the part, so the whole does not borrow them as a list
item would ("12 dead, 40 wounded"). The whole keeps any verb of its own ("killed 30 people, 12 of them
children": 30 were killed).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.anaphora import placed_among_them
from extract.context import SentenceContext
from extract.kindbefore import _again
from extract.docnumbers import counts_in
from extract.partof import Kind, part_of_last_count
from extract.phraseparts import wounds_after
from extract.records import Quantity
from extract.sides import resolve_side
from extract.triggers import lexicon, norm

_PART_AFTER = re.compile(r"\s*,\s*(?:\d[\d,.]*|[A-Za-z]+(?:-[a-z]+)?)\s+of\s+(?:them|whom)\b")


def whole_of_a_part(text: str, np_end: int, end: int) -> bool:
    """Whether the count whose noun phrase ends at `np_end` is followed by a part of it (", 41 of them")."""
    return text.startswith(",", np_end) and _PART_AFTER.match(text, np_end, end) is not None


_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def wounded_part(ctx: SentenceContext, q: Quantity, np_end: int) -> Kind | None:
    """A wounded count, for a part told wounded by the words after it ("530 children, 41 of them for burns or
    gunshot wounds", "300 patients, 120 of whom with shrapnel wounds"); None otherwise. The subject is
    the noun ending just before the comma ("people" when none of the lexicon's). Wounds are named as
    extract/phraseparts.py's wounds_after reads them (weapons', or any in a report of a war)."""
    text, end = ctx.text, ctx.end
    m = _OF_THEM_AFTER.match(text, q.char_end, end)
    if m is None or not wounds_after(text, m.end(), end):
        return None
    comma = text.rfind(",", ctx.start, q.char_start)
    if comma < 0 or text[comma + 1 : q.char_start].strip():
        return None
    lex = lexicon()
    cls, subject = None, None
    for w in list(_WORD.finditer(text, max(ctx.start, comma - 40), comma))[-3:]:
        noun = lex.noun_re.match(text, w.start(), comma)
        if noun is not None and noun.end() == comma:
            cls, subject = lex.noun_class[norm(noun.group(0))]
            break
    return Kind("wounded", subject or "people", resolve_side(ctx, q, "wounded", cls, subject, "", np_end=np_end))


# People named in a part of a count told before ("Among them are 12 teachers", "Of these, 40 were children"):
# the part keeps its own noun as its subject.
_NAMED_PARTS = frozenset({"civilian", "people", "medical", "third_party", "fighter", "population"})


def named_part(ctx: SentenceContext, q: Quantity, cls: str | None, subject: str | None, depth: int) -> Kind | None:
    """The kind of people of a class the lexicon gives no measure of their own, told as a part
    of the last count before ("3,000 residents fled by boat. Among them are 12 teachers": displaced teachers; "Two
    teachers are among them");
    None when the count before counts no people harmed, or the sentence does not open with "Of" or "Among"
    (the whole is asked of extract/partof.py's part_of_last_count)."""
    if cls not in _NAMED_PARTS or subject in (None, "people") or not (
            ctx.text.startswith(("Of ", "Among "), ctx.start) or placed_among_them(ctx, q)):
        return None  # (or "Three teachers are among them": extract/anaphora.py)  # ("Three others remain at large": more people, not a part named by its own noun)
    whole = part_of_last_count(ctx, q, depth)
    return Kind(whole.measure, subject, whole.side) if whole is not None else None


# "N of the victims were ...": a part of the victims named after a copula (their nationality, their jobs).
_OF_THE_VICTIMS = re.compile(r"\s+of\s+(?:the|its|their|those)\s+victims\s+(?:were|are|was|is|included|include)\b",
                             re.IGNORECASE)


def part_of_victims(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """A part of the victims of a toll told before ("... all 329 people on board were killed. ... About 280 of the
    victims were Canadian citizens"): the people of the latest count of the dead or wounded in the sentence or the
    `_VICTIMS_REACH` sentences before it (of its section); None when none comes before ("12 of the victims were
    insured" in a report of a fraud)."""
    if not ctx.text.startswith(" of ", q.char_end) or not _OF_THE_VICTIMS.match(ctx.text, q.char_end, ctx.end):
        return None
    for back in range(0, _VICTIMS_REACH + 1):
        i = ctx.index - back
        if i < 0 or ctx.sentences[i][0] < ctx.section.start:
            break
        prev = replace(ctx, index=i, memo=None) if back else ctx
        stop = q.char_start if not back else prev.end
        found = counts_in(prev.text[prev.start : stop], prev.start)
        for p in reversed(found):
            whole = _again(prev, p.shifted(prev.start), depth + 1)
            if whole is not None and whole.measure in ("killed", "wounded"):
                return Kind(whole.measure, "people", whole.side)
    return None


_VICTIMS_REACH = 3  # how many sentences back the toll of the victims may stand
