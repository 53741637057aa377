"""Word lists as one regex alternation shaped as a trie.

re tries the branches of a flat alternation one by one; shaped as a trie (one
branch per next character, a word's end as an optional tail) the cost of a match
no longer grows with the number of words, and at any position the longest word
is still tried first. The number scanner, the gazetteer and the trigger lexicon
all compile their word lists through this one function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(words: Iterable[str], *, fold: bool = False, flexible_space: bool = False) -> str:
    """A regex matching any of `words` (longest first), without anchors or word guards.

    `fold` lower-cases the words, for patterns compiled with re.IGNORECASE (else "IS" and
    "is" would be separate branches); `flexible_space` lets any run of white space stand
    between the words of a phrase. Empty words are skipped: they would make the whole
    pattern optional.
    """
    root: dict = {}
    for word in words:
        if flexible_space:
            word = " ".join(word.split())
        if not word:
            continue
        node = root
        for ch in word:
            if fold and len(ch.lower()) == 1:
                ch = ch.lower()
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if flexible_space and ch == " " else re.escape(ch)) + emit(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
