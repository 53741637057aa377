"""Split a document into sections: headline, body, update, excerpt, comment.

FIRST VERSION: the first non-empty line is the headline, the rest is body.
The attribution issue replaces this with the full rules.
"""

from __future__ import annotations

from extract.context import Section


def split_sections(text: str) -> list[Section]:
    """Sections covering the text in order (gaps allowed, no overlaps)."""
    stripped = text.lstrip()
    head_start = len(text) - len(stripped)
    nl = text.find("\n", head_start)
    if nl == -1:
        return [Section("body", 0, len(text))]
    return [Section("headline", head_start, nl), Section("body", nl, len(text))]
