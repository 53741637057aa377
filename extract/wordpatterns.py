"""How the lexicon's word lists become regular expressions (for extract/triggers.py, which compiles claims.toml).

`whole_words` makes one whole-word pattern of a list of phrases (a trie of the words, extract/trie.py, between
guards that no word character may touch); `_guarded` adds a look-ahead on the characters its matches start
with (extract/rx.py) to the patterns tried at every number; `_speaker_re` builds the pattern of a side that
speaks ([sides.speaker]). Split from extract/triggers.py, which re-exports them, to keep that file under the
house's ~400 lines; it depends on nothing of the lexicon, so triggers.py imports it without a cycle.
"""

from __future__ import annotations

import re

from extract.rx import guarded
from extract.trie import trie_alternation


def whole_words(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole-word match of any of the phrases."""
    alternation = trie_alternation(phrases, fold=bool(flags & re.IGNORECASE), flexible_space=True)
    return re.compile(_GUARD_OPEN + alternation + _GUARD_CLOSE, flags)


_GUARD_OPEN, _GUARD_CLOSE = r"(?<![\w])(?:", r")(?![\w])"


def _guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a look-ahead on the characters its matches start with (extract/rx.py): the same matches, found
    faster. For the noun and verb patterns, which are tried at every number and have no folded twin."""
    return guarded(pattern.pattern, pattern.flags)


def _speaker_re(speaker: dict[str, list[str]]) -> re.Pattern[str]:
    """A verb of saying right after a side name, not followed by the side's own deed ([sides.speaker])."""
    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    addressed = "|".join(rf"{re.escape(v)}\s+[\w.]+" for v in speaker["addressed"])
    return re.compile(
        rf"\s+(?:{alternation(speaker['verbs'])}|{addressed})\b(?:\s+(?:on|late|early|earlier)\s+\w+)?+"
        rf"(?!\s*,?\s*(?:that\s+)?(?:{alternation(speaker['own_deed_subjects'])})\b"
        rf"|\s+(?:the\s+)?(?:{alternation(speaker['own_deed_nouns'])})\b)",
        re.IGNORECASE)
