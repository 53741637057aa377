"""Doubt on one claimant's figures said in a few words after them, not at the head of a paragraph:

- "I would caution the senator against taking the revolutionary army's statements at face value": the army's
  figures before it are disputed (a doubt voiced by the writer or by the official answering, as in a record);
- "The government has seen the interim government's figure. Nobody has been able to verify it.": "it" is the
  figure the sentence before gives an owner to.

The owner is matched as extract/attribution.py matches the paragraph-opening "The government's figures could not be
checked" (extract/aheadstance.py): by the last word of its name ("army", "government") among the claimant's
words. Only claims before the doubt, within _REACH sentences, are reached; figures of others after it are not.
Found once per document (in its memo), only in one holding "face value" or "able to".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document

__all__ = ["owner_doubted_later"]

_FACE_VALUE = re.compile(r"\b(?:not|never|against|cannot|can't|hardly|wary\s+of|caution\w*)\b[^.;,]{0,60}?"
                         r"\b(?:the\s+)?(?P<owner>[\w'’-]+(?:\s+[\w'’-]+)?)['’]s?\s+(?:own\s+)?(?:statements?|claims?|"
                         r"figures?|numbers|tolls?|counts?|reports?|estimates?)\s+at\s+face\s+value\b", re.I)
_NOBODY_VERIFIED = re.compile(r"\b(?:nobody|no\s+one|no-one)\b[^.;]{0,80}?\b(?:has|have|had|was|were|is|are)\s+"
                              r"(?:yet\s+)?(?:been\s+)?able\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate|"
                              r"check)\s+(?:it|them|this|that|the\s+(?:figure|claim|toll|estimate|count))\b", re.I)
_OWNED_FIGURE = re.compile(r"\b(?:the\s+)?(?P<owner>[\w'’-]+(?:\s+[\w'’-]+)?)['’]s?\s+(?:own\s+|latest\s+|new\s+)?"
                           r"(?:figure|claim|toll|estimate|count|numbers|figures|claims)\b", re.I)
_REACH = 8  # sentences back from the doubt: an answer and the question or statement before it


def owner_doubted_later(ctx: SentenceContext, source: str) -> bool:
    """Whether a sentence after this one, within _REACH, doubts the figures of an owner among `source`'s words."""
    doubts = _doubts(ctx)
    if not doubts:
        return False
    words = {w.strip(",.'’").casefold() for w in source.split()}
    return any(0 < i - ctx.index <= _REACH and owner in words for i, owner in doubts)


@per_document
def _doubts(ctx: SentenceContext) -> tuple[tuple[int, str], ...]:
    """(index, owner key) of the document's sentences doubting one owner's figures in these ways (memoised)."""
    text = ctx.text
    out: list[tuple[int, str]] = []
    if "face value" in text or "able to" in text:
        for i, (s, e) in enumerate(ctx.sentences):
            sentence = text[s:e]
            m = _FACE_VALUE.search(sentence) if "face value" in sentence else None
            if m is None and i > 0 and "able to" in sentence and _NOBODY_VERIFIED.search(sentence):
                ps, pe = ctx.sentences[i - 1]
                m = _OWNED_FIGURE.search(text, ps, pe)
            if m:
                out.append((i, m.group("owner").split()[-1].casefold()))
    found = tuple(out)
    return found
