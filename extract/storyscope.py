"""The sentences of a claim's story: the ones the place and date layers may look back or ahead to.

A story is the claim's section, extended across photo captions (which split a section in two but do not end
the item) into prose; a heading (also one the sections took for prose: "ROOM 4 - The toll", storyheads.py), a
section of prose of another kind, or the first line of a live blog's entry or
a brief (extract/entryscope.py) ends it; a point's label alone as a sentence ("Second.") is passed over.
extract/places.py and extract/dates.py borrow a place or a date only from these sentences.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.entryscope import opens_entry
from extract.storyheads import labelled_heading

SEE_LINE = re.compile(r"\s*See\b")  # "See also: ...", a cross-reference line that ends an item


def is_caption(sentence: str) -> bool:
    """A photo caption or video label: no lower-case letters ("ISIS AL-SHAAR HAUL")."""
    if sentence.isascii():
        return sentence.upper() == sentence  # upper() changes an ASCII text only where it has a-z
    return not any(c.islower() for c in sentence)


_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth firstly
    secondly thirdly fourthly fifthly finally lastly""".split())


def point_label(sentence: str) -> bool:
    """A point's label standing as a sentence of its own ("Second.", "Third.", "Finally."): an ordinal, no claim,
    no place, no date; the point goes on past it, so it takes none of the sentences looked back or ahead to."""
    return len(sentence) <= 14 and sentence.rstrip().endswith(".") and sentence.strip()[:-1].lower() in _ORDINALS


def story_neighbours(ctx: SentenceContext, step: int, limit: int) -> list[int]:
    """Indices of up to `limit` sentences before (step -1) or after (step +1) the claim's, in the same story.

    The story is the claim's section, extended across photo captions (which split a section in two but do
    not end the item) into prose; a heading or a section of prose of another kind ends it.
    """
    out: list[int] = []
    sec = ctx.section
    i = ctx.index
    while len(out) < limit:
        if step < 0 and opens_entry(ctx.text, ctx.sentences[i][0]):
            break  # a live blog's entry or a brief begins here: what is before it is another story (extract/entryscope.py)
        i += step
        if not 0 <= i < len(ctx.sentences):
            break
        s, e = ctx.sentences[i]
        if step > 0 and opens_entry(ctx.text, s):
            break
        sentence = ctx.text[s:e]
        if is_caption(sentence) or point_label(sentence):
            continue
        if s < sec.start or e > sec.end:
            if not sentence.rstrip().endswith((".", ":", "!", "?", "”", '"')) or SEE_LINE.match(sentence):
                break  # a heading: another item begins (or ends) here
        elif labelled_heading(ctx.text, s, e):
            break  # "ROOM 4 - The toll": a heading inside the section (storyheads.py)
        out.append(i)
    return out
