"""Measure, subject and side of a number, from the words around it.

FIRST VERSION: a keyword table over the sentence. The extraction issue
replaces it with rules on the noun counted and the verb acting on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.context import SentenceContext
from extract.records import Quantity


@dataclass(frozen=True, slots=True)
class Classification:
    measure: str
    subject: str
    side: str
    event_words: tuple[str, ...] = field(default=())


_TRIGGERS: list[tuple[str, str, str]] = [
    # (regex after the number, measure, subject)
    (r"(?:people|civilians|troops|soldiers|fighters|children)?\s*(?:were\s+)?(?:killed|dead|died)", "killed", "people"),
    (r"(?:people|civilians|troops|soldiers)?\s*(?:were\s+)?(?:wounded|injured)", "wounded", "people"),
    (r"barrel bombs?", "attacks", "barrel bomb"),
    (r"(?:air ?strikes|raids)", "attacks", "airstrike"),
    (r"tanks?", "destroyed", "tank"),
    (r"refugees", "displaced", "refugees"),
]


def classify(ctx: SentenceContext, q: Quantity) -> Classification | None:
    """The claim's kind, or None when the number is not an in-scope claim."""
    if q.kind != "number":
        return None
    if q.unit == "ratio":
        return Classification("rate", "SYP per USD", "unknown")
    after = ctx.text[q.char_end : min(ctx.end, q.char_end + 40)].lower()
    for pattern, measure, subject in _TRIGGERS:
        if re.match(r"\s*" + pattern, after):
            return Classification(measure, subject, "unknown")
    before = ctx.text[max(ctx.start, q.char_start - 30) : q.char_start].lower()
    if re.search(r"(?:killing|killed)\s+(?:at least|more than|about|nearly)?\s*$", before):
        return Classification("killed", "people", "unknown")
    return None
