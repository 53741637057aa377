"""The words that make a name an organisation's ("Arakan Army", "the Interior Ministry", "UNHCR"): one list,
assets/lexicons/sources.json "body_words", read by extract/personpronouns.py (a speaker named with one is a body, not
a person "he" can stand for) and extract/placementions.py (a place opening a name that ends in one is no place of the
events)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from extract.lexicon import LEXICON_PATH

__all__ = ["body_words", "body_word_alternation"]


@lru_cache(maxsize=1)
def body_words() -> tuple[str, ...]:
    """The words, as written in the list (capitalised, or an acronym)."""
    return tuple(json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["body_words"]["words"])


def body_word_alternation() -> str:
    """A regex alternation of the words (longest first, so "Forces" is tried before "Force"), with no group or guards."""
    return "|".join(re.escape(w) for w in sorted(body_words(), key=len, reverse=True))
