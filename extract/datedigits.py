"""Dates are written in ASCII digits here (for extract/dates.py): "on ٣ May" is not the 3rd of May.

Python's regex \\d matches every script's decimal digits, so the date scan reads Arabic-Indic (٣), Persian (۳) or
Devanagari (३) digits as a day or a year. In the English reports this extractor reads, such digits are quoted
text (a banner, a placard, a name), not the report's own dates: a date expression holding one names no date.
The numbers layer decides for itself what such digits count (extract/numbers.py); this is the dates' rule only.
"""

from __future__ import annotations

from typing import Any


def _foreign_digit(span: str) -> bool:
    """Whether `span` holds a decimal digit that is not an ASCII one."""
    return any(c.isdigit() and not c.isascii() for c in span)


def ascii_dated(sentence: str, hits: list[Any]) -> list[Any]:
    """The hits of `sentence` whose text has no non-ASCII digit (module doc). A cheap test first: an ASCII
    sentence (nearly every one) keeps them all."""
    if sentence.isascii():
        return hits
    return [h for h in hits if not _foreign_digit(sentence[h.start : h.end])]
