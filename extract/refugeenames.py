"""A people's name counted as refugees: "The flow of refugees into Malawi continued. Some 11,500 Mozambicans were
sheltering at the camps".

A count of displaced people named by a demonym ("Hungarians", "Togolese") is refugees when its sentence or the one
before calls them so ("had crossed into Austria as refugees", "the count of 123,000 refugees"); elsewhere the people's
name stays ("More than 400,000 Rohingya have crossed into Bangladesh", "Ingush fled the fighting").
extract/classify.py asks `named_refugees` for a displaced claim whose subject is a capitalised name.
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.wordset import words_of

_REFUGEE_WORDS = frozenset({"refugees"})


def named_refugees(ctx: SentenceContext, subject: str) -> bool:
    """Whether a displaced count named by the people's name `subject` counts refugees (see the module docstring)."""
    if not subject[:1].isupper() or not subject[-1:].islower():
        return False  # not a people's name: "IDPs"
    return not (_REFUGEE_WORDS.isdisjoint(words_of(ctx.sentence))
                and _REFUGEE_WORDS.isdisjoint(words_of(ctx.neighbour(-1))))
