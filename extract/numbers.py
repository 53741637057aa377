"""Every number in a text, with its bounds and qualifier.

FIRST VERSION: digits and a few qualifiers. The extraction issue replaces
it with the full number layer (words, ranges, ratios, vague counts, ...).
"""

from __future__ import annotations

import re

from extract.records import Quantity

_NUMBER = re.compile(
    r"(?P<qual>\b(?:at least|more than|over|about|around|nearly|almost|up to)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<plus>\+)?"
)
_QUALIFIERS = {
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "about": "approx", "around": "approx",
    "nearly": "at_most", "almost": "at_most", "up to": "at_most",
}


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, in order, with spans into `text`."""
    out: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        value = float(m.group("num").replace(",", ""))
        qual = _QUALIFIERS.get((m.group("qual") or "").strip().lower(), "exact")
        if m.group("plus"):
            qual = "at_least"
        low = None if qual == "at_most" else value
        high = None if qual == "at_least" else value
        end = m.end("plus") if m.group("plus") else m.end("num")
        out.append(Quantity(value, low, high, qual, "count", text[m.start("num"):end], m.start("num"), end))
    return out
