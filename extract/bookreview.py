"""A review of a book speaks for the book: the figures it recounts are the book's author's claims.

A review opens with the book's bibliographic line: "THE LONG RETREAT: Armenia 1920. By Ruth Calloway. Harbor Press,
2004. 312 pages." (title, "By" and the author, publisher, year, page count), or "by Ruth Calloway (Harbor Press,
312 pages, £20)" with the publisher and page count in brackets. Every figure in the review's body that
no one else is named for ("she estimates that about 20,000 died", "At Sarikamis 3,000 defenders surrendered") is
the author's account, not the review outlet's: source the author, `claimed` (GUIDELINES.md: another's figure
relayed), and typed `monitor` as the historian or researcher who wrote it (an author cited for figures is a
researcher, as "historians" are in sources.json). A figure the review gives to someone else ("the staff's own
figure of 4,000") stays theirs (extract/attribution.py asks only when no claimant is found).

Without a bibliographic line (a news story that mentions a book) nothing changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.citedbooks import cites_author
from extract.rx import guarded

__all__ = ["author_type", "reviewed_author"]

_HEAD = 800  # the bibliographic line stands at the head of the review
# "By Ruth Calloway. Harbor Press, 2004. 312 pages" ("Edited by", "pp." and "412 pp." too); the author's name is
# two to four capitalised words, then the publisher's line with a year and a page count before the line ends.
_BIBLIOGRAPHIC = guarded(
    r"\b[Bb]y\s+(?P<name>(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|da|del|la|le)){1,3})\s*[.,]"
    r"[^\n]{0,160}?\b(?:1[5-9]|20)\d\d[.,;)]?\s+(?:\d{2,4}\s*(?:pages|pp\b)|pp\.\s*\d)"
    # or the publisher in brackets after the name: "by Jane Roe (Harbor Press, 312 pages, £20)", "(Harbor, 312pp)"
    r"|\b[Bb]y\s+(?P<name2>(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|da|del|la|le)){1,3})"
    r"\s*\([^()\n]{0,80}?\b\d{2,4}\s*(?:pages|pp\b)")


@lru_cache(maxsize=256)
def reviewed_author(text: str) -> str | None:
    """The author of the book the document reviews (named in its bibliographic line), else None."""
    head = text[:_HEAD]
    if "y " not in head or ("pages" not in head and "pp" not in head):
        return None  # (every bibliographic line holds "By " or "by ", and "pages" or "pp")
    m = _BIBLIOGRAPHIC.search(head)
    return (m.group("name") or m.group("name2")) if m else None


def author_type(text: str, source: str) -> str | None:
    """`monitor` when `source` is the reviewed book's author (full name or surname), else None."""
    author = reviewed_author(text)
    if author is None:
        return "monitor" if cites_author(text, source) else None  # "Anderson, The Long War (1981), p. 12: …"
    return "monitor" if source == author or source == author.split()[-1] else None
