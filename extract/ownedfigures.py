"""A figure whose owner the text names after giving it: "Liberian officials say 3,000 crossed on Sunday; the count
of 123,000 refugees is theirs." The count is the officials' wherever the text gives it, in that clause and in a
table or list above it ("Refugees registered in Liberia: 123,000"), where nobody else is named for it.

The owner is the speaker named first in the sentence that says "the count … is theirs" (extract/cues.py); the
figure is matched by the number as written. Worked out once per document, and only for a document holding such
a possessive ("theirs", "hers", "its own").
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.cues import NOT_NAMES, sentence_cues

__all__ = ["figure_owner_before_colon", "owner_of_figure"]

_OWNED = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:count|figure|tally|estimate|number|total|toll)\s+of\s+"
                    r"(?P<num>\d[\d,.]*)\b[^.;:!?]{0,60}?\s+(?:is|was)\s+(?:also\s+|all\s+)?(?:theirs|hers|its\s+own)\b",
                    re.I)
_KEYS = ("theirs", "hers", "its own")  # ("is his" is left out: "his" is in most texts, the form in few)
_NONE: dict[str, str] = {}


def owner_of_figure(ctx: SentenceContext, number_text: str) -> str | None:
    """Who the text says a figure written `number_text` belongs to ("the count of 123,000 refugees is theirs"),
    else None."""
    owners = _owners(ctx)
    return owners.get(number_text) if owners else None


@per_document
def _owners(ctx: SentenceContext) -> dict[str, str]:
    """{number as written: owner} of the document's "the count of N … is theirs" sentences (memoised)."""
    text = ctx.text
    owners = _NONE
    if any(k in text for k in _KEYS):
        owners = {}
        for m in _OWNED.finditer(text):
            s, e = _sentence_around(ctx, m.start())
            sentence = text[s:e]
            named = [c for c in sentence_cues(sentence) if c.name and c.name.casefold() not in NOT_NAMES
                     and c.start < m.start() - s]
            if named:
                owners[m.group("num")] = min(named, key=lambda c: c.start).name
    return owners


def _sentence_around(ctx: SentenceContext, at: int) -> tuple[int, int]:
    """(start, end) of the document's sentence holding offset `at`."""
    for s, e in ctx.sentences:
        if s <= at < e:
            return s, e
    return at, at


# "The government's figure for the dead has not moved since the day after the shooting: 338 killed.": the owner named
# before the figure word that opens the sentence; the figure is given after its colon.
_OWNER_FIGURE_COLON = re.compile(r"\W*(?:[Tt]he\s+)?(?P<np>[\w-]+(?:\s+[\w-]+){0,3}?)['’]s\s+(?:(?:own|official|latest|"
                                 r"final|first)\s+)?(?:figure|toll|count|tally|estimate)\b[^:;.]{0,120}:\s")


def figure_owner_before_colon(sentence: str, pos: int) -> str | None:
    """The owner of "X's figure …: N" for a number at sentence[pos] after the colon, else None."""
    if ":" not in sentence or not ("'s" in sentence or "’s" in sentence):
        return None
    m = _OWNER_FIGURE_COLON.match(sentence)
    return m.group("np") if m and m.end() <= pos and m.group("np").casefold() not in _NOT_OWNERS else None


_NOT_OWNERS = frozenset(("it", "its", "this", "that", "one", "everyone", "everybody", "nobody", "today", "yesterday"))
