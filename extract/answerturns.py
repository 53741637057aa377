"""A bare number answering the question of the turn before: it counts what the question asked about.

In a transcript of speaker-labelled turns ("PROSECUTOR: How many men landed at the beach?" / "WITNESS: About
1,400."), an answer turn that is only a number (with its qualifier) takes its measure from the question: the number
is read in the question's place ("About 1,400 men landed at the beach"), in the same document (so the document's
war, sides and places stay in view). Only a "How many ..." question is asked: "How old were you?", "What year?"
ask for no count, and an answer that says more than a number ("I saw two fall") is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from extract.context import SentenceContext
from extract.records import Quantity

# A turn's speaker label: words in capitals (and their titles) before a colon, at the sentence's start.
_LABEL = re.compile(r"\s*[A-Z][A-Z .'’-]{1,40}:\s*")
# What may stand beside the number in an answer that is only a number: a qualifier word or two and punctuation.
_BARE = re.compile(r"(?:(?:about|around|some|roughly|approximately|nearly|almost|perhaps|maybe|over|more\s+than|"
                   r"at\s+least|fewer\s+than|less\s+than|exactly|only|just)\s+)?\Z", re.IGNORECASE)
_ENDS = re.compile(r"\s*[.!]?\s*\Z")
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?=\w)", re.IGNORECASE)


def answered_count(ctx: SentenceContext, q: Quantity, depth: int,
                   classify_kind: Callable[[SentenceContext, Quantity, int], object]) -> object | None:
    """The kind of a number that is a whole answer turn, read in the place of the "How many" of the question turn
    right before it; None when the turns have not that shape or the question's count is no claim."""
    text, start, end, k = ctx.text, ctx.start, ctx.end, q.char_start
    label = _LABEL.match(text, start, k)
    if label is None or _BARE.match(text, label.end(), k) is None or _ENDS.match(text, q.char_end, end) is None:
        return None
    if ctx.index == 0:
        return None
    ps, pe = ctx.sentences[ctx.index - 1]
    asked = _LABEL.match(text, ps, pe)
    if asked is None or "?" not in text[ps:pe]:
        return None
    how = _HOW_MANY.search(text, asked.end(), pe)
    if how is None:
        return None
    # The question with the number in the place of "How many", in the same document.
    number = text[label.end() : q.char_end]
    new_text = text[: how.start()] + number + " " + text[how.end() : pe].rstrip("? ") + "." + text[pe:]
    delta = len(new_text) - len(text)
    spans = tuple((s, e) if e <= ps else (s, e + delta) if s >= pe else (s, e + delta)
                  for s, e in ctx.sentences)
    section = ctx.section
    if section.end >= pe:
        section = replace(section, end=section.end + delta)
    at = how.start() + (k - label.end())
    ctx2 = SentenceContext(text=new_text, sentences=spans, index=ctx.index - 1, section=section,
                           published=ctx.published, outlet=ctx.outlet, memo=None)
    q2 = replace(q, char_start=at, char_end=at + len(q.surface))
    return classify_kind(ctx2, q2, depth + 1)
