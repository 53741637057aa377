"""A caveat paragraph doubting both accounts just given: "Neither account could be checked." after a paragraph of
one side's statement and a paragraph of the other side's answer.

"Neither"/"either"/"both" counts two accounts; a paragraph that opens with such a doubt, after the two, covers
the two paragraphs right before it, however many sentences they hold (a communique quoted in full, a spokesman's
briefing), and across the end of a statement quoted in full (an excerpt voiced by its issuer,
extract/statements.py). extract/stance.py's own reach (three sentences, or eight for "Neither side's figures")
stops short of the first of two long accounts. What the writer adds after the caveat is not doubted by it.

Found once per document (in its memo), and only in a document that says "either" at all.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.stance import _PARAGRAPH_BREAK, _has_doubt

__all__ = ["called_untrue_next", "doubted_by_caveat"]

# "Neither account …", "Either version …", "Both sides' figures …", "Neither claim …" opening the paragraph.
_CAVEAT_LEAD = re.compile(r"\W*(?:neither|either|both)\s+(?:the\s+)?(?:accounts?|claims?|versions?|sides?(?:['’]s?)?|"
                          r"reports?|statements?|figures?|counts?|tall(?:y|ies))\b", re.I)
_ACCOUNTS = 2  # paragraphs before the caveat it covers: the two accounts "neither" counts
_MEMO_KEY = "accountdoubt: caveats"  # the memo's key for a document's caveat paragraph starts


def doubted_by_caveat(ctx: SentenceContext) -> bool:
    """Whether a paragraph opening "Neither account could be checked." comes after this sentence's paragraph with
    at most one paragraph between (the sentence is in one of the two accounts it doubts)."""
    caveats = _caveats(ctx)
    if not caveats:
        return False
    text, end = ctx.text, ctx.end
    for at in caveats:
        if at < end:
            continue
        if ctx.section.kind not in ("body", "update", "excerpt"):
            return False
        breaks = sum(1 for _ in _PARAGRAPH_BREAK.finditer(text, end, at))
        return 1 <= breaks <= _ACCOUNTS
    return False


# "Both statements are untrue.", "These figures are false.", "The claim is a lie.": the writer calls what was
# just said untrue, in the next sentence of the paragraph.
_UNTRUE = re.compile(r"\W*(?:both|all|these|those|the|this|that|his|its|their|such)\s+(?:[\w'’-]+\s+){0,2}?"
                     r"(?:statements?|claims?|figures?|accounts?|reports?|allegations?|numbers?)\s+(?:is|are|was|were)\s+"
                     r"(?:(?:both|all|simply|plainly|entirely|completely|wholly)\s+)?(?:untrue|false|lies|a\s+lie|wrong|"
                     r"baseless|fabricated|fabrications?|inventions?)\b", re.I)


def called_untrue_next(ctx: SentenceContext) -> bool:
    """Whether the next sentence, in the same paragraph, calls what was said untrue ("Both statements are
    untrue.")."""
    i = ctx.index + 1
    if i >= len(ctx.sentences) or ctx.sentences[i][1] > ctx.section.end:
        return False
    if _PARAGRAPH_BREAK.search(ctx.text, ctx.end, ctx.sentences[i][0]):
        return False
    nxt = ctx.neighbour(1)
    return ("untrue" in nxt or "false" in nxt or "lie" in nxt or "wrong" in nxt or "fabricat" in nxt
            or "baseless" in nxt or "invention" in nxt) and bool(_UNTRUE.match(nxt))


def _caveats(ctx: SentenceContext) -> tuple[int, ...]:
    """Where the document's paragraphs opening with a doubt on both accounts start (memoised)."""
    memo = ctx.memo
    if memo is not None and _MEMO_KEY in memo:
        return memo[_MEMO_KEY]
    text = ctx.text
    found: list[int] = []
    if "either" in text or "Either" in text or "Both" in text:
        for s, e in ctx.sentences:
            head = text[max(0, s - 4):s]
            if "\n" not in head and s > 0:
                continue  # (not the first sentence of a line: a paragraph opens after a line break)
            sentence = text[s:e]
            if _CAVEAT_LEAD.match(sentence) and _has_doubt(sentence) and _opens_paragraph_at(text, s):
                found.append(s)
    out = tuple(found)
    if memo is not None:
        memo[_MEMO_KEY] = out
    return out


def _opens_paragraph_at(text: str, start: int) -> bool:
    """Whether text[start] begins a paragraph: a blank line before it."""
    before = text[max(0, start - 8):start]
    return bool(_PARAGRAPH_BREAK.search(before))
