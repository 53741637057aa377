"""A writer's doubt on "either toll" covers the death tolls told before it, not every count beside them.

"The commission put the toll at 100. A volunteer said 207 people had been killed, among them 12 children, and at least
40 wounded. Horn Wire could not independently verify either toll.": the two tolls (the commission's 100, wherever its
story names it, and the volunteer's 207) are disputed; the children among the dead, the wounded and the houses
burned are counts of their own the caveat does not name, and stay claimed. extract/stance.py leaves such a caveat
("either toll", "both tolls", "neither death toll") to this module, which extract/claims.py asks once the measure of
a claim is known: a count of the dead, claimed by someone named, in the sentences of its section before the caveat.

The same for a caveat naming one claimant's figure, in the singular: "Interior Minister X told reporters that 246
people had been killed, ... and 1,830 wounded. ... The government's figure could not be independently verified.": the
government's death toll is disputed, wherever it stands in the reach; its other counts and others' tolls are not
(`owner_toll_doubted`; the claimant matched as extract/ownerdoubt.py does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.context import SentenceContext, per_document, per_sentence
from extract.cuescan import has_any
from extract.wordset import folded
from extract.ownerdoubt import owns_doubted
from extract.stance import (EARLIER_FIGURE, ONE, _has_doubt as has_doubt,  # (stance's own test of a doubt)
                            is_breakdown, named_owner)

__all__ = ["TOLL_CAVEAT", "owner_toll_doubted", "toll_doubted"]

# "either toll", "both death tolls", "neither toll": the caveat names tolls, and only tolls.
TOLL_CAVEAT = re.compile(r"\b(?:either|neither|both)\s+(?:of\s+the\s+)?(?:death\s+)?tolls?\b", re.I)
_CAVEAT_KEYS = ("either", "both")  # (what every match of TOLL_CAVEAT holds: "neither" holds "either")
_REACH = 8  # sentences back from the caveat (as extract/stance.py's caveat on both sides' figures)
# "…, among them 12 children", "including 9 women": a part of the toll before it, not a toll of its own.
_PART_BEFORE = re.compile(r"\b(?:among|including)\s+(?:them\s+|whom\s+)?(?:at\s+least\s+|some\s+|about\s+)?$", re.I)


@per_document  # one search of the whole text: most documents hold no such caveat
def _document_has_caveat(ctx: SentenceContext) -> bool:
    text = ctx.text  # (every match holds "either" or "both", folded as IGNORECASE compares: two `in` tests spare
    # the search, which tries every character of the text)
    return "toll" in text and has_any(folded(text), _CAVEAT_KEYS) and TOLL_CAVEAT.search(text) is not None


def _sentences_after(ctx: SentenceContext) -> Iterator[str]:
    """The sentences of the section after this one, within reach of a caveat, in order."""
    sentences, section_end = ctx.sentences, ctx.section.end
    for k in range(1, _REACH + 1):
        i = ctx.index + k
        if i >= len(sentences) or sentences[i][1] > section_end:
            return
        yield ctx.neighbour(k)


def _whole_toll(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the count at text[start:end] is a toll of its own, not a breakdown or a part of the toll before it."""
    sentence, pos = ctx.sentence, start - ctx.start
    return not (is_breakdown(sentence, pos, end - ctx.start) or _PART_BEFORE.search(sentence, max(0, pos - 30), pos))


@per_sentence  # depends on the sentence and the ones after it in its section only
def _caveat_after(ctx: SentenceContext) -> bool:
    """Whether a sentence of the section after this one, within reach, doubts "either toll"."""
    return any("toll" in nxt and TOLL_CAVEAT.search(nxt) and has_doubt(nxt) for nxt in _sentences_after(ctx))


def toll_doubted(ctx: SentenceContext, start: int, end: int, measure: str) -> bool:
    """Whether the count of the dead at text[start:end] is one of the tolls a later "either toll" caveat doubts."""
    if measure != "killed" or not _document_has_caveat(ctx) or not _caveat_after(ctx):
        return False
    return _whole_toll(ctx, start, end)


def owner_toll_doubted(ctx: SentenceContext, start: int, end: int, measure: str, source: str | None) -> bool:
    """Whether the count of the dead at text[start:end], claimed by `source`, is the figure a later sentence of the
    section names as that claimant's and doubts ("The government's figure could not be verified.")."""
    if measure != "killed" or not source:
        return False
    owner = _owner_caveat_after(ctx)
    if owner is None or not owns_doubted(source, owner):
        return False
    pos = start - ctx.start  # (not the toll it replaced: "up from 103")
    return _whole_toll(ctx, start, end) and not EARLIER_FIGURE.search(ctx.sentence, max(0, pos - 24), pos)


@per_sentence  # depends on the sentence and the ones after it in its section only
def _owner_caveat_after(ctx: SentenceContext) -> str | None:
    """The owner whose one figure a sentence of the section after this one, within reach, doubts, else None."""
    if "figure" not in ctx.text and "toll" not in ctx.text and "count" not in ctx.text:
        return None  # (most documents: no word such a caveat needs)
    for nxt in _sentences_after(ctx):
        owner = named_owner(nxt)
        if owner and owner.endswith(ONE) and has_doubt(nxt):
            return owner.removesuffix(ONE)
    return None
