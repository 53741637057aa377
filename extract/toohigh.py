"""One owner's figure said to be too high (or low) in a later sentence: "the Finnish figure is now thought far too
high", "the army's estimate is widely considered exaggerated".

The doubt reaches only that owner's figure of the kind the doubting sentence speaks of: after "Later studies put
the division's dead nearer 4,700; the Finnish figure is now thought far too high", of the Finnish claims in the
sentence before ("captured 40 tanks, …, and counted 22,000 dead") only the dead are disputed, not the tanks or
the prisoners of the same announcement (GUIDELINES.md: disputed is the figure the writer doubts). The kind is the
first casualty word of the doubting sentence; without one, every figure of the owner before is reached. The
owner is matched by a word of the claimant's name ("Finnish" in "Finnish General Headquarters"), in the
_REACH sentences before the doubt or in its own sentence before it. Found once per document (in its memo), only
in one holding "too high", "too low", "exaggerated" or "inflated".
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_document

__all__ = ["doubted_as_too_high"]

_TOO_HIGH = re.compile(r"\b(?:the\s+)?(?P<owner>[\w'’-]+)(?:['’]s)?\s+(?:own\s+|official\s+)?(?:figure|estimate|count|"
                       r"toll|claim|total)\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|since\s+|widely\s+|generally\s+|"
                       r"long\s+|also\s+)*(?:thought|considered|believed|seen|regarded|held|judged|known)\s+(?:to\s+be\s+|"
                       r"as\s+)?(?:(?:far|much|greatly|grossly|wildly|vastly)\s+)?(?:too\s+(?:high|low)|exaggerated|"
                       r"inflated)\b", re.I)
_REACH = 2
# The kinds of count a doubt may name, each a set of the words that name it.
_KINDS = (("dead", "deaths", "killed", "died", "fatalities"), ("wounded", "injured"),
          ("prisoners", "captured", "captives"), ("casualties", "losses"))
_KIND_WORD = re.compile(r"\b(?:" + "|".join(w for kind in _KINDS for w in kind) + r")\b", re.I)
_WORDS_AFTER = 4  # how far after the figure its kind word may stand ("22,000" Soviet dead)


def doubted_as_too_high(ctx: SentenceContext, source: str, sentence: str, end: int) -> bool:
    """Whether a doubt at or after this sentence calls `source`'s figure (ending at sentence[end]) too high or low."""
    if _doubted_right_after(sentence, end):
        return True
    doubts = _doubts(ctx)
    if not doubts:
        return False
    words = {w.strip(",.'’").casefold() for w in source.split()}
    for index, at, owner, kind in doubts:
        if owner not in words or not (0 < index - ctx.index <= _REACH or (index == ctx.index and end <= at)):
            continue
        if kind is None:
            return True
        after = sentence[end:end + 60].split()[:_WORDS_AFTER]
        if any(w.strip(",.;:'\"’”").casefold() in kind for w in after):
            return True
    return False


# The writer's doubt of the figure just given, in its own sentence: "gave a figure of 165 deaths; the mission considers
# this far too low", "…, which we regard as an undercount". "this"/"that"/"it"/"which" points back at the figure.
_JUDGES = r"(?:we|(?:the|this|our)\s+[a-z]+)\s+(?:considers?|regards?|believes?|judges?|thinks?|finds?)"  # "the mission considers"
_THIS_TOO = re.compile(r"(?:\b" + _JUDGES + r"|\bwhich\s+" + _JUDGES + r")"
                       r"\s+(?:(?:this|that|it|the\s+figure)\s+)?(?:(?:as|to\s+be)\s+)?(?:(?:far|much|greatly|grossly|wildly|"
                       r"vastly)\s+)?(?:too\s+(?:high|low)|exaggerated|inflated|an?\s+(?:gross\s+)?(?:undercount|"
                       r"underestimate|overestimate|exaggeration))\b")
_THIS_REACH = 80  # how far after the figure the doubt of it may begin
# The writer's side refusing the figure just given: "…, a figure our members have never accepted", "…, a toll we do
# not accept", "…, which our researchers reject" (the writer casts doubt: disputed; another party's rejection is its
# counter-claim and stays out).
_WE_REFUSE = re.compile(
    r"[,;]\s+(?:(?:a|the|this|that)\s+(?:figure|number|toll|count|estimate|total|claim)\s+(?:that\s+|which\s+)?|which\s+)"
    r"(?:we|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:have|has|had|do|does|did)\s+)?"
    r"(?:(?:never|not)\s+(?:accepted|accept)|(?:(?:long|always)\s+)?(?:rejected|reject|disputed|dispute|contested|contest))\b")


def _doubted_right_after(sentence: str, end: int) -> bool:
    """Whether the figure ending at sentence[end] is called too high or low by the writer right after it (_THIS_TOO), or
    refused by the writer's side (_WE_REFUSE)."""
    tail = sentence[end:end + _THIS_REACH + 70]
    if ("accept" in tail or "reject" in tail or "disput" in tail or "contest" in tail) and (
            (refused := _WE_REFUSE.search(tail)) is not None and refused.start() <= _THIS_REACH):
        return True
    if "too " not in tail and "under" not in tail and "exagger" not in tail and "inflated" not in tail and (
            "overestimate" not in tail):
        return False
    m = _THIS_TOO.search(tail)
    return m is not None and m.start() <= _THIS_REACH


@per_document
def _doubts(ctx: SentenceContext) -> tuple[tuple[int, int, str, tuple[str, ...] | None], ...]:
    """(sentence index, offset in it, owner word, kind words or None) of each doubt of the document (memoised)."""
    text = ctx.text
    if "too high" not in text and "too low" not in text and "exaggerated" not in text and "inflated" not in text:
        return ()
    out = []
    for i, (s, e) in enumerate(ctx.sentences):
        sentence = text[s:e]
        for m in _TOO_HIGH.finditer(sentence):
            named = _KIND_WORD.search(sentence)
            kind = next((k for k in _KINDS if named and named.group(0).casefold() in k), None)
            out.append((i, m.start(), m.group("owner").casefold(), kind))
    return tuple(out)
