"""Cheaper ways to ask the questions extract/cues.py and its neighbours ask of a sentence.

re searches fast only for a pattern that opens with a case-sensitive character, class or
alternation of characters: it then skips in C to the next place such a character stands. A pattern
compiled with re.IGNORECASE, or opening with `\\b`, a look-around or a repeat, is tried in full at
every position of the text. The helpers here answer the same questions with less of that work:

- `word_spans`: where the whole words of a list stand, found with str.find after the sentence's
  word set (extract/wordset.py, already worked out for the sentence) says which of them occur;
- `tail_search`: a pattern anchored at the end of a stretch ("…, and $"), searched only from where
  its match can start instead of from the stretch's start;
- `has_any`: whether any of a few substrings occurs, without a generator;
- `CLAUSE_CUT_LOW`: extract/cues.py's `_CLAUSE_CUT`, rewritten to open with a set of characters, for
  the lower-cased copy of an ASCII sentence;
- `closing_tag_search`: extract/cues.py's `_POST_SAID` ("…, X said.") tried only at the few commas or quotes
  a match can open at (those just before one of its verbs), instead of at every one.

Each is checked against the pattern it replaces in tests/test_attribution.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from extract.wordset import words_of


def has_any(text: str, keys: Iterable[str]) -> bool:
    """any(k in text for k in keys), without the generator's cost."""
    for k in keys:
        if k in text:
            return True
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # re's \w for str patterns


def word_spans(sentence: str, low: str, words: frozenset[str]) -> list[tuple[int, int]] | None:
    """(start, end) of every whole-word occurrence (between `\\b`s) of a word of `words` (lower-case ASCII),
    in order, matched in any case: what `\\b(?:w1|w2|…)\\b` with re.IGNORECASE finds. `low` is
    sentence.lower(). None when the sentence is not ASCII (the caller then runs its regex): only there
    are str.lower, the word set and re's \\w and IGNORECASE sure to agree."""
    if not sentence.isascii():
        return None
    found = words.intersection(words_of(sentence))
    if not found:
        return []
    spans: list[tuple[int, int]] = []
    n = len(low)
    for w in found:
        size = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + size
            if (i == 0 or not _is_word_char(low[i - 1])) and (j == n or not _is_word_char(low[j])):
                spans.append((i, j))
            i = low.find(w, j)  # (a whole word's occurrences cannot overlap)
    if len(found) > 1 or len(spans) > 1:
        spans.sort()
    return spans


def tail_search(pattern: re.Pattern[str], text: str, end: int, longest: int) -> re.Match[str] | None:
    """pattern.search(text, 0, end) for a pattern whose every match is a word of at most `longest`
    characters followed by white space up to `end` ("\\b(?:and|but)\\s*$"): such a match starts
    `longest` characters or fewer before the end of text[:end] without its trailing white space, so the
    search starts there. (re's `\\b` and look-behinds still see the characters before that start.)"""
    stem = len(text[:end].rstrip())
    return pattern.search(text, max(0, stem - longest), end)


# The white space characters of ASCII (re's \s and str.isspace agree on them; checked in the tests).
ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())
_CLAUSE_WORDS = ("that", "which", "who", "when", "while", "as", "if", "because", "after", "before", "but", "and then")


def _clause_cut_low() -> re.Pattern[str]:
    """cues._CLAUSE_CUT for lower-cased ASCII text, written so that every branch opens with a literal
    character: re then skips in C to the next comma, bracket, space or word's first letter.

    `(?<!\\d),|,(?!\\d)` is a comma not between two digits; `\\s-\\s` becomes one branch per ASCII
    space; each word `w` of `\\b(?:that|…)\\b` becomes `w[0](?<=\\b.)w[1:]\\b` (the look-behind checks the
    boundary before the letter just taken)."""
    branches = [r",(?:(?<!\d,)|(?!\d))"]
    branches += [re.escape(c) for c in ";:()[]–—"]
    branches += [re.escape(c) + r"-\s" for c in ASCII_SPACE]
    branches += [re.escape(w[0]) + r"(?<=\b.)" + re.escape(w[1:]) + r"\b" for w in _CLAUSE_WORDS]
    return re.compile("|".join(branches))


CLAUSE_CUT_LOW = _clause_cut_low()


# The characters none of _POST_SAID's names (np1, appos, np2) or white space holds: "," ";" ":" and the quotes.
_TAG_BREAKS = re.compile(r"[,;:”\"]")
_TAG_OPENERS = frozenset(",”\"")  # what every match of _POST_SAID opens with


def closing_tag_search(pattern: re.Pattern[str], sentence: str, verbs: Iterable[str]) -> re.Match[str] | None:
    """pattern.search(sentence) for extract/cues.py's _POST_SAID, whose `verbs` (its case-sensitive verbs as
    substrings: _POST_SAID_KEYS) stand in every match, tried only where a match can open.

    A match opens with "," or a quote at p, then either a verb after white space only ("…, said the mayor") or
    a name holding none of , ; : ” " (white space cannot hold them either), optionally followed by ", role,"
    (exactly two commas), then white space and the verb. So between p and the verb stand none of those
    characters, or exactly two commas: p is the nearest of them before some occurrence of a verb, or the third
    nearest when the two nearer are commas. re.search returns the match at the first position where one
    matches; trying pattern.match at those candidates in order (re.match at p is re.search's try at p: the
    pattern has no look-behind) finds the same match and skips the commas of every clause before the tag, each
    of which cost the search a name read up to 80 characters (tests/test_speed13_shortcuts.py)."""
    found: list[int] = []
    for verb in verbs:
        i = sentence.find(verb)
        while i >= 0:
            found.append(i)
            i = sentence.find(verb, i + 1)
    if not found:
        return None
    breaks = [m.start() for m in _TAG_BREAKS.finditer(sentence)]
    starts: set[int] = set()
    for v in found:
        j = bisect_left(breaks, v) - 1  # the nearest break before the verb
        if j < 0:
            continue
        starts.add(breaks[j])
        if j >= 2 and sentence[breaks[j]] == "," and sentence[breaks[j - 1]] == ",":
            starts.add(breaks[j - 2])  # "…, the ombudsman, Jane Roe, told reporters"
    for p in sorted(starts):
        if sentence[p] in _TAG_OPENERS:
            m = pattern.match(sentence, p)
            if m:
                return m
    return None
