"""The writer calling the figure just given wrong or stale in the next sentence of its paragraph: "The ministry
gave two dead. That was out of date within a day.", "Your report put the toll at 12. This figure is wrong."

A sentence that opens by pointing back ("That", "This figure", "The number") and calls it out of date, wrong or
false casts doubt on the figures of the sentence before (`disputed`, GUIDELINES.md "the writer casts doubt"),
as extract/stance.py's "could not be verified" does. Someone else's saying so ("That was wrong, the army said")
is that speaker's claim, not the writer's doubt.

A letter to the editor answers the paper: "You also wrote that the rebels have fewer than 100 fighters. Perhaps;
but … Either your figure is wrong, or …" doubts the paper's own figure (`yours_called_wrong`), and only that one:
the army's count the writer sets against it in between keeps its stance.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.cuescan import has_any
from extract.stance import same_paragraph, someone_elses

__all__ = ["called_stale_next", "yours_called_wrong"]

_STALE = re.compile(
    r"\W*(?:that|this|these|those|the|such)\s+(?:(?:figure|figures|number|numbers|toll|count|total|tally|estimate|"
    r"account|report|claim)\s+)?(?:was|is|were|are|has\s+been|had\s+been|proved|turned\s+out\s+to\s+be)\s+"
    r"(?:already\s+|quickly\s+|soon\s+|long\s+|plainly\s+|simply\s+|badly\s+)?"
    r"(?:out\s+of\s+date|outdated|wrong|incorrect|false|untrue|mistaken|overtaken|superseded)\b", re.I)
_KEYS = ("date", "wrong", "incorrect", "false", "untrue", "mistaken", "overtaken", "superseded")


def called_stale_next(ctx: SentenceContext) -> bool:
    """Whether the next sentence, in the same paragraph, opens by calling this one's figures out of date or wrong
    in the writer's own voice."""
    nxt = ctx.neighbour(1)
    if not nxt or len(nxt) > 200:
        return False
    low = nxt[:80].lower()  # (the doubt opens the sentence: its first words are enough)
    if not has_any(low, _KEYS) or not _STALE.match(nxt) or someone_elses(nxt):
        return False  # ("That was false, said the army spokesman.": the spokesman's claim, not the writer's doubt)
    return same_paragraph(ctx, 1)


_YOURS = re.compile(r"\byour\s+(?:own\s+)?(?:figure|figures|number|numbers|count|toll|total|tally|estimate|report|"
                    r"article|story)\s+(?:is|was|are|were|must\s+be|seems?)\s+(?:simply\s+|plainly\s+|badly\s+)?"
                    r"(?:out\s+of\s+date|outdated|wrong|incorrect|false|untrue|mistaken)\b", re.I)
_YOURS_REACH = 2  # how many sentences after the figure the letter's answer may stand


def yours_called_wrong(ctx: SentenceContext) -> bool:
    """Whether one of the next two sentences of the paragraph calls "your figure" wrong (a letter answering the
    paper): the paper's own figures in this sentence are then doubted by the writer."""
    for k in range(1, _YOURS_REACH + 1):
        nxt = ctx.neighbour(k)  # ("" past the end)
        if "our " in nxt and _YOURS.search(nxt):  # (most sentences: no "your", one substring test)
            # (the paragraph's test after the words': it must hold for this sentence and every one before it)
            return all(same_paragraph(ctx, j) for j in range(1, k + 1))
    return False
