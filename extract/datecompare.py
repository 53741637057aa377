"""A date inside a comparison dates only the figure compared with: "61 cases of arbitrary detention in 2009,
against 38 in 2008, and 11 deaths in custody" - the 11 deaths are of 2009, not of 2008, the year of the 38.

A comparison ("against 38 in 2008", "compared with 120 the year before", "up from 40 in March", "down from 75
last year") runs from its word to the next comma, semicolon or the sentence's end. Its date is the compared
figure's: a number outside it looks for its date among the sentence's other expressions, as if the comparison's
were not there (extract/dates.py). A number inside it keeps every expression (its own is the nearest).
"""

from __future__ import annotations

import re
from typing import Any

from extract.numwords import SMALL, TENS, VAGUE
from extract.rx import guarded
from extract.cuescan import has_any  # (any(k in text for k in keys) without a generator)

# A number word ("eleven", "a dozen", "hundreds": extract/numwords.py), the longest first.
_NUMBER_WORD = "|".join(sorted({*(w for w in (*SMALL, *TENS) if w != "zero"), "a\\s+dozen", *VAGUE},
                               key=lambda w: (-len(w), w)))
# The comparison's word, then the figure compared with within a few words ("against 38", "up from an initial count
# of 50"): "against the dollar" compares no figure.
_COMPARED = guarded(r"\b(?:(?:as\s+)?against|compared\s+(?:with|to)|(?:up|down)\s+from|versus|vs\.?)\s+"
                       r"(?:[^\s,;]+\s+){0,4}?(?:(?!(?:1[89]|20)\d\d\b)\d"  # (a figure, not a year)
                       r"|(?:" + _NUMBER_WORD + r")\b)"
                       r"(?:[^,;]|,(?=\d))*")  # (to a comma that is no digits' separator)
_WORDS = ("against", "compared", "up from", "down from", "versus", "vs")


def outside_comparisons(sentence: str, hits: tuple[Any, ...], number_start: int) -> tuple[Any, ...]:
    """`hits` (a sentence's date expressions, with .start and .end in the sentence) less those inside a comparison
    the number at `number_start` (in the sentence) is not in, when some remain; else `hits`. A cheap test first:
    one of the comparison words in the sentence."""
    if not has_any(sentence, _WORDS):
        return hits
    spans = [(m.start(), m.end()) for m in _COMPARED.finditer(sentence)]
    spans = [(a, b) for a, b in spans if not a <= number_start < b]
    if not spans:
        return hits
    kept = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in spans)]
    return tuple(kept) if kept else hits


def compared_spans(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) of each comparison of a sentence (_COMPARED); none without a comparison word."""
    if not has_any(sentence, _WORDS):
        return []
    return [(m.start(), m.end()) for m in _COMPARED.finditer(sentence)]
