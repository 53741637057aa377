"""A caveat paragraph doubting both accounts just given: "Neither account could be checked." after a paragraph of
one side's statement and a paragraph of the other side's answer.

"Neither"/"either"/"both" counts two accounts; a paragraph that opens with such a doubt, after the two, covers
the two paragraphs right before it, however many sentences they hold (a communique quoted in full, a spokesman's
briefing), and across the end of a statement quoted in full (an excerpt voiced by its issuer,
extract/statements.py). extract/stance.py's own reach (three sentences, or eight for "Neither side's figures")
stops short of the first of two long accounts. What the writer adds after the caveat is not doubted by it.

Found once per document (in its memo), and only in a document that says "either" at all.

Also the next sentence calling what was said untrue ("Both statements are untrue."), and a sentence counting the
statements it calls untrue ("All three figures went round the world, and all three were wrong."), which reaches back
over as many sentences of its paragraph as it counts (found once per document too).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document
from extract.stance import _PARAGRAPH_BREAK, _has_doubt

__all__ = ["called_untrue_next", "doubted_by_caveat"]

# "Neither account …", "Either version …", "Both sides' figures …", "Neither claim …" opening the paragraph.
_CAVEAT_LEAD = re.compile(r"\W*(?:neither|either|both)\s+(?:the\s+)?(?:accounts?|claims?|versions?|sides?(?:['’]s?)?|"
                          r"reports?|statements?|figures?|counts?|tall(?:y|ies))\b", re.I)
_ACCOUNTS = 2  # paragraphs before the caveat it covers: the two accounts "neither" counts


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


# "…, and all three were wrong", "Both were false.": a count of the statements just given, called untrue; it reaches
# back over as many sentences of the paragraph as it counts ("all three": this one and the two before it).
_ALL_UNTRUE = re.compile(r"\b(?P<count>both|all\s+(?:two|three|four|five|six))\s+(?:[\w'’-]+\s+){0,2}?(?:is|are|was|were)\s+"
                         r"(?:(?:simply|plainly|entirely|completely|wholly)\s+)?(?:untrue|false|lies|wrong|baseless|"
                         r"fabricated|fabrications|inventions)\b(?!\s+(?:about|on|in|to|for)\b)", re.I)
_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def called_untrue_next(ctx: SentenceContext) -> bool:
    """Whether the next sentence, in the same paragraph, calls what was said untrue ("Both statements are
    untrue."), or a later one in it calls a count of statements reaching back to this one untrue ("… . … . All
    three figures went round the world, and all three were wrong.")."""
    i = ctx.index + 1
    if i >= len(ctx.sentences) or ctx.sentences[i][1] > ctx.section.end:
        return False
    if _PARAGRAPH_BREAK.search(ctx.text, ctx.end, ctx.sentences[i][0]):
        return False
    nxt = ctx.neighbour(1)
    if _untrue_words(nxt) and _UNTRUE.match(nxt):
        return True
    for k, count in _counted_untrue(ctx):
        if (ctx.index < k <= ctx.index + count and ctx.sentences[k][1] <= ctx.section.end
                and not _PARAGRAPH_BREAK.search(ctx.text, ctx.end, ctx.sentences[k][0])):
            return True
    return False


def _untrue_words(sentence: str) -> bool:
    """Whether the sentence holds a word every match of _UNTRUE and _ALL_UNTRUE holds."""
    return ("untrue" in sentence or "false" in sentence or "lie" in sentence or "wrong" in sentence
            or "fabricat" in sentence or "baseless" in sentence or "invention" in sentence)




@per_document
def _counted_untrue(ctx: SentenceContext) -> tuple[tuple[int, int], ...]:
    """(index, how many statements it counts) of the document's sentences calling a count of statements untrue
    ("all three were wrong"), found once per document (in its memo)."""
    found: list[tuple[int, int]] = []
    text = ctx.text
    if ("all " in text or "oth " in text) and _untrue_words(text):
        for k in range(len(ctx.sentences)):
            s, e = ctx.sentences[k]
            sentence = text[s:e]
            m = _ALL_UNTRUE.search(sentence) if _untrue_words(sentence) else None
            if m:
                found.append((k, _COUNTED[m.group("count").split()[-1].casefold()]))
    out = tuple(found)
    return out


@per_document
def _caveats(ctx: SentenceContext) -> tuple[int, ...]:
    """Where the document's paragraphs opening with a doubt on both accounts start (memoised)."""
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
    return out


def _opens_paragraph_at(text: str, start: int) -> bool:
    """Whether text[start] begins a paragraph: a blank line before it."""
    before = text[max(0, start - 8):start]
    return bool(_PARAGRAPH_BREAK.search(before))
