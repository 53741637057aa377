"""A site named at the head of its line with the area it lies in: "- Labigah, Degehabur zone: of the huts ...",
"Kuriga, Chikun district - gunmen took ...", "Ason Gabo, Wardheer zone: a village of about 2,000 people".

A findings-by-site list or a gazetteer-like line names each site first and then its district, zone or
province: the first name is a place (a village, for extract/placenames.py, kept as written, without
coordinates) even when the gazetteer lacks it. Only at a line's start, with an area word after the second name
and a colon, a comma or a dash after that: "Smith, Jones district manager" is no such line.
"""

from __future__ import annotations

import re

# (each run of letters is possessive, "++": a blank, a hyphen or a comma follows it, none of them a letter, so
# giving letters back could never let the match go on)
_NAME = r"[A-Z][^\W\d_]++(?:[ -][A-Z][^\W\d_]++){0,2}"
# After a newline (the text gets one put before it): an optional bullet, the site, a comma, the area and its word.
_SITE_LINE = re.compile(r"\n[ \t]*(?:[-•*–—][ \t]+)?(?P<name>" + _NAME + r"),[ \t]+" + _NAME
                        + r"[ \t]+(?:zone|district|province|region|county|governorate|state|prefecture|woreda)"
                        r"[ \t]*(?=[:,]|[ \t][-–—][ \t])")
_AREA_WORDS = ("zone", "district", "province", "region", "county", "governorate", "state", "prefecture", "woreda")
# Any area word after a blank, as one search (the cheap test of site_labels: every site line holds one).
_AREA_AFTER_BLANK = re.compile(" (?:" + "|".join(_AREA_WORDS) + ")")


def site_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "village") of each site named at its line's head before its area ("Labigah, Degehabur zone:")."""
    if _AREA_AFTER_BLANK.search(text.lower()) is None:  # (the lower-cased text holds none of " zone", ...)
        return []
    padded = "\n" + text  # a group from index i to j of `padded` is the span (i - 1, j - 1) of `text`
    return [(m.start("name") - 1, m.end("name") - 1, "village") for m in _SITE_LINE.finditer(padded)]
