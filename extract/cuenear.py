"""Whether words of a cause stand near a number: before it in its sentence, or after it in its own clause.

"The storm killed 12", "12 died in the floods", "A bus plunged into a ravine, killing 12": the cause is told of the
number; not one in a later clause ("2.1 million have fled, and 400,000 face famine"). Shared by the rules that rule
out harm of peace (extract/peacetolls.py `named_near`, extract/wrecks.py, extract/crashes.py).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.records import Quantity

# Where the number's clause ends after it: a semicolon or a dash, or a comma before a new clause.
CLAUSE_END = re.compile(r"[;—–]|,\s+(?:and|but|while|whereas)\b|,\s+(?:and\s+)?that\b")


def cue_near(cue: re.Pattern[str], ctx: SentenceContext, q: Quantity, clause_end: re.Pattern[str] = CLAUSE_END,
             text: str | None = None) -> bool:
    """Whether `cue` matches before the number in its sentence or after it up to `clause_end`; `text` is the
    document as the cue reads it (folded, offsets kept), the document itself by default."""
    read = ctx.text if text is None else text
    if cue.search(read, ctx.start, q.char_start):
        return True
    stop = clause_end.search(ctx.text, q.char_end, ctx.end)
    return cue.search(read, q.char_end, stop.start() if stop else ctx.end) is not None
