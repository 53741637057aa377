"""A book cited for figures speaks for its author: "Anderson, The Long War (1981), p. 127: about 2,000 dead",
"…, according to Cooper's Air War in Asia (2019)". The source is the author as written (the surname), not the title
(GUIDELINES.md: who makes the claim, as named), and an author cited for figures is a researcher, typed `monitor`
as "historians" are in assets/lexicons/sources.json (the same reading as a reviewed book's author,
extract/bookreview.py).
"""

from __future__ import annotations

import re

__all__ = ["book_author", "cites_author"]

# "Cooper's Air War in Central America": a surname owning a title (capitalised words, "in"/"of"/"the" between).
_OWNED_TITLE = re.compile(r"(?P<owner>[A-Z][\w-]+)['’]s\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|in|of|the|and|on))*")
_YEAR_AFTER = re.compile(r"[^()\n]{0,80}?\((?:1[5-9]|20)\d\d\)")


def book_author(source: str, text: str) -> str | None:
    """The author of a book named as a source ("Cooper's Air War" -> "Cooper") when the text gives the book with
    its year in brackets ("Cooper's Air War in Central America (2019)"), else None."""
    if "'s " not in source and "’s " not in source:
        return None
    m = _OWNED_TITLE.fullmatch(source)
    if not m:
        return None
    at = text.find(source)
    return m.group("owner") if at >= 0 and _YEAR_AFTER.match(text, at + len(source)) else None


def cites_author(text: str, source: str) -> bool:
    """Whether the text cites a book by `source` with its year: "Anderson, The Long War (1981)" or "Anderson's
    The Long War (1981)" (then `source` is an author, a researcher)."""
    if "(" not in text or not source[:1].isupper() or " " in source:
        return False
    at = text.find(source)
    while at >= 0:
        after = at + len(source)
        if text.startswith((", ", "'s ", "’s "), after) and _YEAR_AFTER.match(text, after):
            return True
        at = text.find(source, after)
    return False
