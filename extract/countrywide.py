"""A count over a whole country or region: "across the country", "nationwide", "countrywide", "in the nation as a
whole", "Across Kenya, 486 have been killed", "throughout the province".

Such a count is the sum of many places and days: the place of a nearby sentence or of the headline's incident is not
its place (extract/places.py), nor is the incident's day its date (extract/datesaid.py). One grammar for both:
over_whole_country for the country alone, over_whole_area for a country or a region (a province, a state, a
territory, or a named land after a sentence-opening "Across").
"""

from __future__ import annotations

import re

__all__ = ["SPREAD_WORDS", "over_whole_area", "over_whole_country"]

# The words that spread a count over all of a place, before "the country" or a place's name ("across Romania").
SPREAD_WORDS = ("across ", "throughout ", "all over ", "across all of ", "Across ", "Throughout ", "All over ",
                "Across all of ")
_SPREAD = r"(?:across|throughout|all\s+over)\s+the\s+"
_COUNTRY = (rf"\b{_SPREAD}(?:country|nation)\b"
            r"|\b(?:nation|country)-?wide\b"
            r"|\b(?:in|for|across)\s+the\s+(?:country|nation)\s+as\s+a\s+whole\b")
_WHOLE_COUNTRY = re.compile(_COUNTRY, re.IGNORECASE)
_WHOLE_AREA = re.compile(rf"{_COUNTRY}|\b{_SPREAD}(?:region|province|state|territory)\b"
                         r"|^\s*(?-i:Across|Throughout)\s+(?-i:[A-Z])", re.IGNORECASE)
# What every match holds, lower-cased (a substring test before the pattern): a spread word, "-wide" or "as a whole".
_KEYS = ("cross", "hroughout", "ll over", "wide", "whole")


def _may_match(sentence: str) -> bool:
    """Whether a pattern here may match: the sentence holds a key (lower-cased), or letters that re.IGNORECASE matches
    with ASCII ones ("ſ" with "s": a non-ASCII sentence goes to the pattern)."""
    if not sentence.isascii():
        return True
    low = sentence.lower()
    for key in _KEYS:
        if key in low:
            return True
    return False


def over_whole_country(sentence: str) -> bool:
    """Whether the sentence counts over the whole country: "across the country", "nationwide", "countrywide"."""
    return _may_match(sentence) and _WHOLE_COUNTRY.search(sentence) is not None


def over_whole_area(sentence: str) -> bool:
    """Whether the sentence counts over a whole country or region: over_whole_country, or "across the region",
    "throughout the province", or a sentence opening "Across Kenya" (a named land)."""
    return _may_match(sentence) and _WHOLE_AREA.search(sentence) is not None
