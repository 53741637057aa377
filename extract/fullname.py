"""The first place a document writes one or two capitalised words before a surname ("Nuraini Samae" for a
"SAMAE:" label, extract/speakers.py), without compiling a pattern for each surname.

`words_before` gives what `re.search(rf"\\b((?:[A-Z][\\w'’-]+\\s+){{1,2}}){re.escape(last)}\\b", text)` gives, as
(start, end of group 1, end), or None. That pattern was compiled anew for each speaker's surname (about 1M
instructions each, more than the whole look-up here). The look-up goes from each place the surname stands with a
word boundary after it, back over at most two words, and keeps the leftmost start, as re.search does; at that
start it prefers two words to one, as the greedy {1,2} does. (A word, [A-Z][\\w'’-]+\\s+, can only end where its
letters and then its blanks run out: the surname opens with no blank, so neither part can give back a character.)
tests/test_speed24_shortcuts.py checks it against the pattern.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Z][\w'’-]+\s+")  # one of the capitalised words before the surname, with its blanks
_LETTERS = re.compile(r"[\w'’-]*")  # the rest of a word's letters


def _is_word_char(c: str) -> bool:
    """Whether `c` is a character \\w matches (re's Unicode word: alphanumeric or the underscore)."""
    return c.isalnum() or c == "_"


def _boundary(text: str, i: int) -> bool:
    """Whether \\b holds at text[i]: a word character on one side only (the text's ends count as non-word)."""
    before = i > 0 and _is_word_char(text[i - 1])
    after = i < len(text) and _is_word_char(text[i])
    return before != after


def _match_at(text: str, s: int, last: str) -> tuple[int, int, int] | None:
    """The pattern's match starting at `s` (two words before `last` preferred to one), or None."""
    if not ("A" <= text[s] <= "Z") or not _boundary(text, s):
        return None
    m1 = _WORD.match(text, s)
    if m1 is None:
        return None
    p1 = m1.end()
    m2 = _WORD.match(text, p1)
    for p in ((m2.end(), p1) if m2 is not None else (p1,)):
        e = p + len(last)
        if text.startswith(last, p) and _boundary(text, e):
            return s, p, e
    return None


def _word_start(text: str, end: int) -> int:
    """Where the run of word letters ([\\w'’-]) that ends at `end` starts."""
    i = end
    while i > 0 and (_is_word_char(text[i - 1]) or text[i - 1] in "'’-"):
        i -= 1
    return i


def _blank_start(text: str, end: int) -> int:
    """Where the run of blanks that ends at `end` starts."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def words_before(text: str, last: str) -> tuple[int, int, int] | None:
    """(start, end of the words, end of `last`) of the first one or two capitalised words then `last` with a word
    boundary around the match (see the module's docstring); None where the text has none. `last` is one word
    (no blank in it, as str.split gives)."""
    if not last or any(c.isspace() for c in last):
        m = re.search(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}){re.escape(last)}\b", text)  # (no label gives one)
        return (m.start(), m.end(1), m.end()) if m else None
    best: tuple[int, int, int] | None = None
    at = text.find(last)
    while at >= 0:
        # A match ending here starts within the two words before it (whether it is valid depends on its start
        # alone, _match_at): try each place from the first of them on, and keep the leftmost start found.
        w1 = _blank_start(text, at)
        if w1 < at:
            lo = _word_start(text, w1)
            b2 = _blank_start(text, lo)
            if b2 < lo:
                lo = _word_start(text, b2)
            for s in range(lo, w1):
                if best is not None and s >= best[0]:
                    break
                got = _match_at(text, s, last)
                if got is not None:
                    best = got
                    break
        at = text.find(last, at + 1)
    return best
