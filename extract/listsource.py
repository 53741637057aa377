"""A source named once for the figures that follow it: "The figures most often given, from the official history,
are these." or "The totals, according to the archive, are as follows:" announces a list; each sentence of figures
after it, to the end of its paragraph (or of the lines of its list), is that source's claim (GUIDELINES.md: who
makes the claim, as named), unless a sentence names a claimant of its own, which ends the list.

The announcing sentence gives no figure itself; it is found once per document, and only in a document holding
"these." or "these:" or "follows" at all. extract/attribution.py asks for a number with no claimant in its own sentence.
"""

from __future__ import annotations

import bisect
import re

from extract.context import SentenceContext, per_document, per_sentence
from extract.cues import NOT_NAMES, sentence_cues
from extract.rx import guarded

__all__ = ["listed_source"]

# "…, from the official history, are these.", "The totals, according to X, are as follows:".
_ANNOUNCES = guarded(
    r"\b(?:from|according\s+to)\s+(?P<np>(?:the\s+|an?\s+)?[A-Za-z][^,;:.\d()\"“”]{1,50}?)\s*,?\s+"
    r"(?:are|were|run|read)\s+(?:these|as\s+follows)\s*[.:]?\s*$", re.I)
_WORDS = ("these.", "these:", "follows")  # one stands in every announcing sentence (the cheap test of a document)
_FIGURE_WORDS = re.compile(r"\b(?:figures?|numbers?|totals?|tolls?|losses|casualties|counts?|estimates?|tallies)\b",
                           re.I)
_DIGIT = re.compile(r"\d")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _announced(sentence: str) -> str | None:
    """The source a sentence names for the figures after it, or None (the sentence must speak of figures and give
    none: "The figures most often given, from the official history, are these.")."""
    if _DIGIT.search(sentence) or not _FIGURE_WORDS.search(sentence):
        return None
    m = _ANNOUNCES.search(sentence)
    return m.group("np").strip() if m else None


@per_document
def _announcers(ctx: SentenceContext) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """(indexes, sources) of the document's announcing sentences, worked out once per document."""
    found: list[tuple[int, str]] = []
    text = ctx.text
    if any(w in text for w in _WORDS):
        for i in range(len(ctx.sentences)):
            s, e = ctx.sentences[i]
            chunk = text[s:e]
            if any(w in chunk for w in _WORDS) and (name := _announced(chunk)):
                found.append((i, name))
    out = (tuple(i for i, _ in found), tuple(n for _, n in found))
    return out


@per_sentence  # depends on the sentence only
def listed_source(ctx: SentenceContext) -> tuple[str, str] | None:
    """(name, "given") of the source announced for the list of figures this sentence stands in, or None."""
    indexes, names = _announcers(ctx)
    if not indexes:
        return None
    at = bisect.bisect_left(indexes, ctx.index) - 1
    if at < 0:
        return None
    first = indexes[at]
    text, sentences = ctx.text, ctx.sentences
    if sentences[first][0] < ctx.section.start:
        return None
    for i in range(first + 1, ctx.index + 1):
        gap_start, gap_end = sentences[i - 1][1], sentences[i][0]
        if _PARAGRAPH_BREAK.search(text, gap_start, gap_end):
            return None  # the list ends with its paragraph
        if i < ctx.index and any(c.name and c.name.casefold() not in NOT_NAMES
                                 for c in sentence_cues(ctx.neighbour(i - ctx.index))):
            return None  # a sentence naming a claimant of its own ends the list
    return names[at], "given"
