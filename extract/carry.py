"""A count continued from the sentence before takes that sentence's claimant.

"The dead numbered 41, according to the county commissioner. Another 40 were hurt, nine of them seriously."
"Gunmen killed 12 people, police said. Three more were wounded." A sentence that names no one and opens by
going on with the count before it ("Another 40 …", "Three more …", "A further 12 …", or a bare number as its
subject: "Fifteen were found along the road") is part of the same account: its claimant is the one who gave
the count it continues (GUIDELINES.md: "who makes the claim, as named"), when a closing "…, X said." or
"according to X" gave it (an opening "X says …" reaches only its own sentence). A sentence with a subject of its own
("MINUSCA has about 12,000 peacekeepers", "The currency has lost 40% of its value") is the writer's again.
extract/attribution.py asks only for a number without a claimant in its own sentence.
"""

from __future__ import annotations

import re

from extract.context import SentenceContext, per_sentence
from extract.cues import NOT_NAMES, sentence_cues

__all__ = ["carried_claimant"]

_NUM = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|"
        r"dozens|scores|hundreds|thousands)")
_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|only|just)\s+)*"
_CONTINUES = re.compile(
    rf"\W*(?:(?:another|a\s+further|further)\s+{_QUALIFIER}{_NUM}\b"  # "Another 40 were hurt"
    rf"|{_QUALIFIER}{_NUM}\s+(?:more|others?)\b"  # "Three more people were wounded"
    rf"|{_QUALIFIER}{_NUM}\s+(?:(?:of\s+them|of\s+those|of\s+these)\s+)?(?:were|was|are|had|have|died|remain(?:ed)?)\b)",  # "Fifteen were found"
    re.I)
_BACK = 3  # sentences of continued count back to the one that gave it
_DATA_NOUN_LAST = re.compile(r"\b(?:tally|tallies|count|counts|estimates?|figures?|data|statistics|numbers|records)$", re.I)


def _continues(sentence: str) -> bool:
    return bool(_CONTINUES.match(sentence))


@per_sentence  # depends on the sentence only; asked for a number without a claimant in its sentence
def carried_claimant(ctx: SentenceContext) -> tuple[str, str] | None:
    """(name, verb) of who gave the count this sentence continues, in its paragraph; None if it does not
    continue one, or nobody named gave it."""
    if ctx.section.kind not in ("body", "update") or not _continues(ctx.sentence):
        return None
    text, sentences = ctx.text, ctx.sentences
    for k in range(1, _BACK + 1):
        i = ctx.index - k
        if i < 0 or sentences[i][0] < ctx.section.start or "\n" in text[sentences[i][1]:sentences[i + 1][0]]:
            return None  # (the paragraph, in fact the line, ends)
        prev = ctx.neighbour(-k)
        if _continues(prev):
            continue  # "Fifteen were found … . Another 40 were hurt": back to who gave the count
        closing = [c for c in sentence_cues(prev) if c.name and c.after and c.name.casefold() not in NOT_NAMES]
        if not closing or _DATA_NOUN_LAST.search(closing[-1].name):
            return None  # (an opening "X says …" reaches no further than its own sentence; "the most cited
        return closing[-1].name, closing[-1].verb  # tally" names nobody)
    return None
