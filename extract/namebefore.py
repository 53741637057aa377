"""A capitalised name right before a number: "Base 559", "Johnny Six", "Resolution 2254" (extract/classify.py).

A number no noun or verb of the lexicon reads, after a capitalised word (not one opening the sentence), is part of
a name, no count. `_capital_last` is the cheap test before the pattern (tests/test_classify_shortcuts.py checks it).
"""

from __future__ import annotations

import re

_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[A-Z][\w-]*[a-z][\w-]*\s+$")


def _capital_last(text: str, lo: int, hi: int) -> bool:
    """Whether the last word of text[lo:hi] (after its last white space) holds a capital letter: _NAME_BEFORE
    (a capitalised word and white space to the end) cannot match without one."""
    parts = text[lo:hi].rsplit(None, 1)
    return bool(parts) and parts[-1].lower() != parts[-1]
