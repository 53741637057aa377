"""A cheap test before a search: can any phrase of a word list occur in a text at all?

A pattern of extract/triggers.py `_words` matches a phrase only where it stands as whole words
(`(?<!\\w)` before it, `(?!\\w)` after it, white space or punctuation between its words), so
every word of the phrase ("car" and "bomb" of "car bomb", "al" and "qaeda" of "al-qaeda") is
then a whole word of the text. `words_of(text)` is the set of a text's words, folded as
re.IGNORECASE compares ASCII letters; `key_words` keeps one word of each phrase (its longest);
`may_occur(keys, text)` is False only when no key word is a word of the text, and then the regex
cannot match in `text`, nor in any stretch of it that does not cut a word at its end (see
`cuts_word`). Computing the set once per sentence costs about one regex search; every later test
of a word list on that sentence is a set intersection. The same holds for hand-written patterns
of whole words ("\\b(?:if|unless)\\b"): their callers keep the words next to the pattern.

A list with a phrase without a word of ASCII letters gets no key words (None): `may_occur` is
then always True and the caller searches as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from extract.rx import ascii_lower as fold  # lower case, with the four letters IGNORECASE takes for i, s, k made those
from extract.rx import guarded

_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
# ASCII bytes that part words (all but letters, digits and "_") as spaces: bytes.translate is a table lookup
_APART = bytes(c if (chr(c).isalnum() or c == 0x5F) else 0x20 for c in range(256))
_UPPER_LETTER = re.compile(r"(?<!\\)[A-Z]")  # not an escape such as \S or \b


@lru_cache(maxsize=4096)  # a sentence, its neighbours or a document, searched by several rules
def folded(text: str) -> str:
    """`fold(text)`, kept: a lexicon pattern runs faster on it without IGNORECASE (`fold_pattern`)."""
    return fold(text)


def fold_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without IGNORECASE, to run on `fold(text)` for the same matches (same places, as folding
    keeps every character's place): its letters are lower-case ASCII and fold makes every character
    that IGNORECASE takes for one of them that letter. None for a pattern with other letters (their
    case rules are not those of str.lower)."""
    src = pattern.pattern
    if not pattern.flags & re.IGNORECASE or any(ch.isalpha() for ch in src if not ch.isascii()):
        return None
    if _UPPER_LETTER.search(src):
        return None  # an upper-case letter would never meet folded text
    return guarded(src, pattern.flags & ~re.IGNORECASE)  # (a look-ahead on its first characters: extract/rx.py)


def fold_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`fold_pattern(pattern)` for a pattern that must have a twin: the same matches at the same places on the
    folded document, found faster without IGNORECASE (raises ValueError at import for one that has none)."""
    fast = fold_pattern(pattern)
    if fast is None:
        raise ValueError(f"no folded twin for {pattern.pattern[:40]!r}")
    return fast


@lru_cache(maxsize=4096)  # asked for a sentence and its neighbours by several rules of one number
def words_of(text: str) -> frozenset[str]:
    """The whole words (runs of \\w) of `text`, folded."""
    if text.isascii():  # (the same words, faster: every other character parts them)
        return frozenset(text.lower().encode("ascii").translate(_APART).decode("ascii").split())
    return frozenset(_WORD.findall(fold(text)))


def key_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """One folded word of every phrase, its longest (the rarest, as a rule), or None when a phrase
    has no word of ASCII letters standing whole (then no set of words can rule the list out).

    Every word of a matched phrase is a whole word of the text: the guards stand at its two ends
    and inside it words are parted by spaces or other characters that are no word characters."""
    out = set()
    for phrase in phrases:
        phrase = phrase.strip().lower()
        best = ""
        for m in _WORD.finditer(phrase):
            if m.group(0).isascii() and len(m.group(0)) > len(best):
                best = m.group(0)
        if not best or not phrase[:1].isascii() or not phrase[-1:].isascii():
            return None
        out.add(best)
    return frozenset(out)


def may_occur(keys: frozenset[str] | None, text: str) -> bool:
    """False only when no phrase with these key words can match as whole words in `text`."""
    return keys is None or not keys.isdisjoint(words_of(text))


def cuts_word(text: str, i: int) -> bool:
    """Whether position `i` of `text` falls inside a word: a search ending there could match
    the start of that word as a whole word, which the word set of the sentence does not hold.
    (re's \\w is str.isalnum() or "_", checked in the tests.)"""
    if 0 < i < len(text):
        a, b = text[i - 1], text[i]
        return (a.isalnum() or a == "_") and (b.isalnum() or b == "_")
    return False


def may_occur_in_parts(keys: frozenset[str] | None, text: str, spans: Sequence[tuple[int, int]],
                       pieces: Sequence[str]) -> bool:
    """`may_occur(keys, text)` read from the word sets of `pieces` (text[s:e] for each (s, e) of `spans`, in
    order, not overlapping: a document's sentences, whose word sets the rules have made already) and of the
    stretches between them. The same answer: a word of `text` lies inside one piece or one stretch between when
    no piece's end cuts a word (`cuts_word`; a blank stretch between two pieces cuts none); otherwise (or with
    overlapping spans) the whole text is read."""
    if keys is None:
        return True
    prev = 0
    disjoint = keys.isdisjoint
    for (s, e), piece in zip(spans, pieces):
        if s != prev:
            if s < prev:
                return may_occur(keys, text)  # (the long way: pieces out of order)
            gap = text[prev:s]
            if not gap.isspace():  # (the usual stretch between two sentences is blank)
                if cuts_word(text, prev) or cuts_word(text, s):
                    return may_occur(keys, text)  # (the long way: a word across a piece's end)
                if not disjoint(words_of(gap)):
                    return True
        elif s and cuts_word(text, s):
            return may_occur(keys, text)  # (the long way: a word across two pieces' meeting)
        if cuts_word(text, e):
            return may_occur(keys, text)  # (the long way: the piece ends inside a word, whose head it holds)
        if not disjoint(words_of(piece)):
            return True
        prev = e
    tail = text[prev:]
    if not tail or tail.isspace():
        return False
    return may_occur(keys, text) if cuts_word(text, prev) else not keys.isdisjoint(words_of(tail))
