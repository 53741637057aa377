"""A figure retracted in a correction: "toll at least 500, not 80 as we reported" (extract/classify.py).

A number after "not" is no count ("not one soldier was hurt"), except where it is an earlier figure being
corrected: "not 80 as we reported", "not 3,000 as was first stated", "not 12, as the ministry said", "329, not 331". Such a number
is a claim of the same kind as the figure that corrects it, told just before it in the sentence (the retracted
figure is still a figure that was published; the writer disputes it).
"""

from __future__ import annotations

import re

from extract.context import SentenceContext
from extract.partof import Kind, previous
from extract.records import Quantity

_AS_REPORTED = re.compile(
    r",?\s+as\s+(?:(?:we|it|they|he|she|was|were|had\s+been|has\s+been|had|have|first|earlier|previously|initially|"
    r"originally|wrongly|the\s+[\w-]+(?:\s+[\w-]+)?)\s+){1,3}(?:reported|said|stated|claimed|announced|published|wrote|"
    r"given|quoted|printed)\b", re.IGNORECASE)


def retracted(ctx: SentenceContext, q: Quantity, depth: int) -> Kind | None:
    """The kind of the figure a retracted "not N as we reported" is corrected by; None when the number is no such.

    The caller asks only for a number right after "not"."""
    if _AS_REPORTED.match(ctx.text, q.char_end, ctx.end) is None and not figure_set_against(
            ctx.text, max(ctx.start, q.char_start - 24), q.char_start, q.char_end, ctx.end):
        return None
    return previous(ctx, q, depth, reach=60)


def figure_set_against(text: str, lo: int, k: int, k_end: int, end: int) -> bool:
    """Whether the number at text[k:k_end] is a wrong figure set after the right one ("329, not 331"): `_FIGURE_NOT`
    in text[lo:k], `_FIGURE_ENDS` after it (before `end`)."""
    return _FIGURE_NOT.search(text, lo, k) is not None and _FIGURE_ENDS.match(text, k_end, end) is not None


# A figure set against the one it corrects, the correct one first: "toll was 329, not 331", "put the dead at 17, not 71,
# on Friday" (a digit or number word before ", not"; the wrong figure ends its clause: not "12, not one of them").
_FIGURE_NOT = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                         r"[a-z]+ty|hundred|thousand|dozen))\s*(?:,|—|–|-)\s*not\s+\Z", re.IGNORECASE)
_FIGURE_ENDS = re.compile(r"\s*(?:\Z|[,.;:)—–-]|\s+as\b)")
