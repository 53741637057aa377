"""A sentence in the middle of a quotation is the speaker's whose tag closes it a sentence or two later.

'"We buried them on Friday. In the next village they buried more than 60. Over 10,000 have fled," he lamented.':
the middle sentence holds no quotation mark, but a quotation opened in the sentence before (at its start, left
open) and is closed, in the same paragraph, by the sentence after, whose tag names the speaker ("he" standing for
the person named before, extract/personpronouns.py). The first and last sentences are read as they stand
(extract/openquote.py, the closing tag); this module gives only the sentences between them their speaker.
extract/claimantof.py asks it for a number nobody in its sentence claims.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document, per_sentence
from extract.cues import NOT_NAMES, sentence_cues
from extract.personpronouns import person_before
from extract.quotecarry import quote_left_open

__all__ = ["quote_closed_after"]

_MARKS = ('"', "“", "”")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_REACH = 3  # sentences looked at on either side


def _marked(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text


@per_document
def _document_marked(ctx: SentenceContext) -> bool:
    return _marked(ctx.text)


def _closes(text: str) -> bool:
    """Whether `text` closes a quotation opened before it: more ” than “, or an odd number of straight quotes
    with none at its start."""
    if text.count("”") > text.count("“"):
        return True
    return text.count('"') % 2 == 1 and not text.lstrip().startswith('"')


@per_sentence  # depends on the sentence and its neighbours in the paragraph only
def quote_closed_after(ctx: SentenceContext) -> tuple[str, str] | None:
    """(speaker, verb) of the quotation this unmarked sentence stands inside (see the module); None otherwise."""
    if ctx.section.kind not in ("body", "update") or _marked(ctx.sentence) or not _document_marked(ctx):
        return None  # (a quotation left open needs a mark somewhere in the document)
    sentences = ctx.sentences
    for k in range(1, _REACH + 1):  # back: the quotation opened at the start of a sentence and left open
        i = ctx.index - k
        if i < 0 or sentences[i][0] < ctx.section.start or _PARAGRAPH_BREAK.search(
                ctx.text, sentences[i][1], sentences[i + 1][0]):
            return None
        prev = ctx.neighbour(-k)
        if _marked(prev):
            if prev.lstrip()[:1] not in ('"', "“") or not quote_left_open(prev):
                return None
            break
    else:
        return None
    for k in range(1, _REACH + 1):  # on: the sentence that closes it, with its tag after the closing mark
        i = ctx.index + k
        if i >= len(sentences) or sentences[i][1] > ctx.section.end or _PARAGRAPH_BREAK.search(
                ctx.text, sentences[i - 1][1], sentences[i][0]):
            return None
        nxt = ctx.neighbour(k)
        if not _marked(nxt):
            continue
        if not _closes(nxt):
            return None
        close = max(nxt.rfind(q) for q in _MARKS)
        tags = [c for c in sentence_cues(nxt) if c.name and c.after and c.start > close]
        if not tags:
            return None
        name = tags[0].name
        key = name.casefold()
        if key in ("he", "she"):
            name = person_before(ctx) or ""
        elif key in NOT_NAMES:
            return None
        return (name, tags[0].verb) if name else None
    return None
