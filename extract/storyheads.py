"""A heading the sections took for prose: a label in capitals opening a line of its own (for extract/storyscope.py).

An exhibition's rooms, a report's parts or a dossier's chapters are headed "ROOM 4 - The toll", "PART II: The
siege", "ANNEX 3 - Casualty lists", "DAY 2 - Kherson": a word in capitals, a number, then the heading's words in
sentence case, on a line of its own without a closing full stop. extract/sections.py reads a heading by its
title case, and these are not; a story (the sentences a claim's place and date may be borrowed from) still ends
at them: what the room before said is not the next room's.

Not a dateline ("KYIV, March 3 (Reuters) - ...": it runs on into its sentence) nor a line that ends a sentence.
"""

from __future__ import annotations

import re

# A label in capitals, a number (figures or Roman), then a dash or a colon: "ROOM 4 -", "PART II:", "DAY 2 –".
_LABEL = re.compile(r"[A-Z]{2,}\s+(?:\d{1,3}|[IVXL]{1,6})[a-z]?\s*[-–—:]\s+\S")


def labelled_heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence [start, end) of `text` is a labelled heading on a line of its own (module doc).
    Cheap tests first: its first two characters are capitals, and a line break follows it."""
    if not text[start : start + 2].isupper() or not text.startswith("\n", end):
        return False
    if start and text[start - 1] != "\n":
        return False
    if text[end - 1] in ".!?:;,\"”":
        return False
    return _LABEL.match(text, start, end) is not None
